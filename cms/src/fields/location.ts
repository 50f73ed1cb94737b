import type { Field } from 'payload'

import { label } from '../i18n/label'

/**
 * Where a thing is: latitude and longitude as plain numbers (no PostGIS on the embedded server),
 * the commune-level unit and a localized street address.
 */
export const locationField: Field = {
  name: 'location',
  type: 'group',
  label: label('Vị trí', 'Location'),
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'lat', type: 'number', min: -90, max: 90, label: label('Vĩ độ', 'Latitude') },
        { name: 'lng', type: 'number', min: -180, max: 180, label: label('Kinh độ', 'Longitude') },
      ],
    },
    { name: 'commune', type: 'text', label: label('Xã/phường', 'Commune or ward') },
    { name: 'address', type: 'text', localized: true, label: label('Địa chỉ', 'Address') },
    {
      name: 'coordinatesNote',
      type: 'text',
      localized: true,
      label: label('Ghi chú tọa độ', 'Coordinates note'),
    },
  ],
}
