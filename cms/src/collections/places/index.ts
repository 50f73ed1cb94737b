import type { CollectionConfig } from 'payload'

import { locationField } from '../../fields/location'
import { slugField } from '../../fields/slug'
import { label } from '../../i18n/label'
import { tenantContent } from '../shared/tenant-content'

/** Categories of tourism places. */
export const placeCategories = [
  { value: 'attraction', label: label('Điểm tham quan', 'Attraction') },
  { value: 'food', label: label('Ẩm thực', 'Food') },
  { value: 'lodging', label: label('Lưu trú', 'Lodging') },
  { value: 'market', label: label('Chợ', 'Market') },
  { value: 'viewpoint', label: label('Điểm ngắm cảnh', 'Viewpoint') },
  { value: 'service', label: label('Dịch vụ', 'Service') },
  { value: 'village', label: label('Bản, làng nghề', 'Village or craft village') },
  { value: 'experience', label: label('Điểm trải nghiệm', 'Experience place') },
] as const

/** Tourism places: attractions, food, lodging, markets, viewpoints, villages, services. */
export const Places: CollectionConfig = tenantContent(
  {
    slug: 'places',
    labels: { singular: label('Địa điểm', 'Place'), plural: label('Địa điểm', 'Places') },
    admin: { useAsTitle: 'title', defaultColumns: ['title', 'category', '_status'] },
    fields: [
      {
        name: 'title',
        type: 'text',
        required: true,
        localized: true,
        label: label('Tên', 'Title'),
      },
      slugField,
      {
        name: 'category',
        type: 'select',
        required: true,
        defaultValue: 'attraction',
        label: label('Loại', 'Category'),
        options: placeCategories.map((category) => ({ ...category })),
      },
      { name: 'summary', type: 'textarea', localized: true, label: label('Tóm tắt', 'Summary') },
      {
        name: 'description',
        type: 'richText',
        localized: true,
        label: label('Mô tả', 'Description'),
      },
      locationField,
      { name: 'openingHours', type: 'text', localized: true, label: label('Giờ mở cửa', 'Hours') },
      {
        name: 'contact',
        type: 'group',
        label: label('Liên hệ', 'Contact'),
        fields: [
          { name: 'phone', type: 'text', label: label('Điện thoại', 'Phone') },
          { name: 'email', type: 'email', label: 'Email' },
          { name: 'website', type: 'text', label: 'Website' },
        ],
      },
      {
        name: 'images',
        type: 'upload',
        relationTo: 'media',
        hasMany: true,
        label: label('Ảnh', 'Images'),
      },
      {
        name: 'cooperativeHandle',
        type: 'text',
        label: label('Hợp tác xã (handle)', 'Cooperative handle'),
      },
      {
        name: 'relatedExperienceHandles',
        type: 'array',
        label: label('Trải nghiệm liên quan', 'Related experiences'),
        fields: [{ name: 'handle', type: 'text', required: true, label: 'Handle' }],
      },
      {
        name: 'relatedHeritage',
        type: 'relationship',
        relationTo: 'heritage-sites',
        hasMany: true,
        label: label('Di sản liên quan', 'Related heritage'),
      },
      {
        name: 'sources',
        type: 'array',
        label: label('Nguồn', 'Sources'),
        fields: [{ name: 'url', type: 'text', required: true, label: 'URL' }],
      },
    ],
  },
  {
    searchKind: 'place',
    storefrontSegment: 'places',
    graphQL: { singularName: 'Place', pluralName: 'Places' },
  },
)
