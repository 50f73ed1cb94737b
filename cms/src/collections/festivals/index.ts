import type { CollectionConfig, FieldHook } from 'payload'

import { nextOccurrences, type Recurrence } from '../../calendar/next-occurrences'
import { slugField } from '../../fields/slug'
import { label } from '../../i18n/label'
import { tenantContent } from '../shared/tenant-content'

/** Resolves the recurrence to its next solar dates each time the festival is read. */
const resolveNextOccurrences: FieldHook = ({ siblingData }) =>
  nextOccurrences((siblingData?.recurrence ?? { calendar: 'none' }) as Recurrence, 3)

/** Festivals and living traditions, with solar or Vietnamese lunar recurrence. */
export const Festivals: CollectionConfig = tenantContent(
  {
    slug: 'festivals',
    labels: { singular: label('Lễ hội', 'Festival'), plural: label('Lễ hội', 'Festivals') },
    admin: { useAsTitle: 'title', defaultColumns: ['title', 'ethnicGroup', '_status'] },
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
        name: 'kind',
        type: 'select',
        defaultValue: 'festival',
        label: label('Loại', 'Kind'),
        options: [
          { value: 'festival', label: label('Lễ hội', 'Festival') },
          { value: 'commemoration', label: label('Lễ kỷ niệm', 'Commemoration') },
          { value: 'tradition', label: label('Di sản phi vật thể', 'Living tradition') },
        ],
      },
      {
        name: 'ethnicGroup',
        type: 'text',
        localized: true,
        label: label('Dân tộc', 'Ethnic group'),
      },
      { name: 'place', type: 'text', localized: true, label: label('Địa điểm', 'Place') },
      {
        name: 'heritageSite',
        type: 'relationship',
        relationTo: 'heritage-sites',
        label: label('Di sản nơi tổ chức', 'Heritage site where held'),
      },
      {
        name: 'recurrence',
        type: 'group',
        label: label('Lịch tổ chức', 'Recurrence'),
        fields: [
          {
            name: 'calendar',
            type: 'select',
            // Not required: a required child makes GraphQL demand the whole group on every update.
            defaultValue: 'solar',
            label: label('Theo lịch', 'Calendar'),
            options: [
              { value: 'solar', label: label('Dương lịch', 'Solar (Gregorian)') },
              { value: 'lunar', label: label('Âm lịch (Việt Nam, UTC+7)', 'Vietnamese lunar') },
              { value: 'none', label: label('Không cố định', 'No fixed date') },
            ],
          },
          {
            type: 'row',
            fields: [
              { name: 'day', type: 'number', min: 1, max: 31, label: label('Ngày', 'Day') },
              { name: 'month', type: 'number', min: 1, max: 12, label: label('Tháng', 'Month') },
              {
                name: 'durationDays',
                type: 'number',
                min: 1,
                max: 60,
                defaultValue: 1,
                label: label('Số ngày', 'Days'),
              },
            ],
          },
          {
            name: 'leapMonth',
            type: 'checkbox',
            label: label('Tháng nhuận', 'Leap month'),
            admin: { condition: (_, sibling) => sibling?.calendar === 'lunar' },
          },
          {
            name: 'approximate',
            type: 'checkbox',
            label: label('Ngày ước tính', 'Approximate date'),
          },
          { name: 'note', type: 'text', localized: true, label: label('Ghi chú', 'Note') },
        ],
      },
      {
        name: 'nextOccurrences',
        type: 'json',
        virtual: true,
        label: label('Các lần tổ chức tới', 'Next occurrences'),
        admin: { readOnly: true },
        hooks: { afterRead: [resolveNextOccurrences] },
      },
      { name: 'summary', type: 'textarea', localized: true, label: label('Tóm tắt', 'Summary') },
      {
        name: 'description',
        type: 'richText',
        localized: true,
        label: label('Mô tả', 'Description'),
      },
      {
        name: 'programme',
        type: 'array',
        localized: true,
        label: label('Chương trình', 'Programme'),
        fields: [
          { name: 'item', type: 'text', required: true, label: label('Hoạt động', 'Activity') },
          { name: 'when', type: 'text', label: label('Thời gian', 'When') },
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
        name: 'relatedExperienceHandles',
        type: 'array',
        label: label('Trải nghiệm liên quan', 'Related experiences'),
        fields: [{ name: 'handle', type: 'text', required: true, label: 'Handle' }],
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
    searchKind: 'festival',
    storefrontSegment: 'festivals',
    graphQL: { singularName: 'Festival', pluralName: 'Festivals' },
  },
)
