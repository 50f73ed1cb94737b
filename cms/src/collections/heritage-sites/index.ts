import type { CollectionConfig } from 'payload'

import { locationField } from '../../fields/location'
import { slugField } from '../../fields/slug'
import { label } from '../../i18n/label'
import { tenantContent } from '../shared/tenant-content'

/** The kinds of heritage a locality publishes. */
export const heritageKinds = [
  { value: 'battlefield-relic', label: label('Di tích chiến trường', 'Battlefield relic') },
  { value: 'relic', label: label('Di tích', 'Relic') },
  { value: 'museum', label: label('Bảo tàng', 'Museum') },
  { value: 'monument', label: label('Tượng đài', 'Monument') },
  { value: 'memorial', label: label('Đài tưởng niệm, nghĩa trang', 'Memorial or cemetery') },
  { value: 'architecture', label: label('Kiến trúc cổ', 'Historic architecture') },
  { value: 'archaeological', label: label('Di chỉ khảo cổ', 'Archaeological site') },
  { value: 'village', label: label('Bản văn hóa', 'Cultural village') },
  { value: 'landscape', label: label('Danh thắng', 'Landscape') },
  { value: 'intangible', label: label('Di sản phi vật thể', 'Intangible heritage') },
] as const

/** Heritage sites: relics, museums, monuments, villages and landscapes of one tenant. */
export const HeritageSites: CollectionConfig = tenantContent(
  {
    slug: 'heritage-sites',
    labels: {
      singular: label('Di sản', 'Heritage site'),
      plural: label('Di sản', 'Heritage sites'),
    },
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', 'kind', 'slug', '_status', 'updatedAt'],
    },
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
        required: true,
        defaultValue: 'relic',
        label: label('Loại hình', 'Kind'),
        options: heritageKinds.map((kind) => ({ value: kind.value, label: kind.label })),
      },
      {
        name: 'heritageRank',
        type: 'text',
        localized: true,
        label: label('Xếp hạng di tích', 'Heritage rank'),
      },
      {
        name: 'rankDecision',
        type: 'text',
        label: label('Quyết định xếp hạng', 'Ranking decision'),
      },
      {
        name: 'summary',
        type: 'textarea',
        localized: true,
        label: label('Tóm tắt', 'Summary'),
      },
      {
        name: 'description',
        type: 'richText',
        localized: true,
        label: label('Mô tả', 'Description'),
      },
      {
        name: 'keyFacts',
        type: 'array',
        localized: true,
        label: label('Thông tin chính', 'Key facts'),
        fields: [{ name: 'fact', type: 'text', required: true, label: label('Ý', 'Fact') }],
      },
      locationField,
      {
        name: 'openingHours',
        type: 'text',
        localized: true,
        label: label('Giờ mở cửa', 'Opening hours'),
      },
      {
        name: 'ticketPriceVnd',
        type: 'number',
        min: 0,
        label: label('Giá vé (đồng)', 'Ticket price (VND)'),
        validate: (value: unknown) =>
          value === null || value === undefined || Number.isInteger(value)
            ? true
            : 'ticketPriceVnd: a whole number of đồng',
      },
      {
        name: 'gallery',
        type: 'upload',
        relationTo: 'media',
        hasMany: true,
        label: label('Bộ sưu tập ảnh', 'Gallery'),
      },
      {
        name: 'panoramas',
        type: 'relationship',
        relationTo: 'panoramas',
        hasMany: true,
        label: label('Ảnh 360°', 'Panoramas'),
      },
      {
        name: 'models',
        type: 'relationship',
        relationTo: 'models',
        hasMany: true,
        label: label('Mô hình 3D', '3D models'),
      },
      {
        name: 'audioGuides',
        type: 'relationship',
        relationTo: 'audio-guides',
        hasMany: true,
        label: label('Thuyết minh', 'Audio guides'),
      },
      {
        name: 'relatedFestivals',
        type: 'relationship',
        relationTo: 'festivals',
        hasMany: true,
        label: label('Lễ hội liên quan', 'Related festivals'),
      },
      {
        name: 'relatedProductHandles',
        type: 'array',
        label: label('Sản phẩm liên quan', 'Related products'),
        admin: {
          description: label('Mã (handle) sản phẩm bên cửa hàng', 'Commerce product handles'),
        },
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
    searchKind: 'heritage',
    storefrontSegment: 'heritage',
    graphQL: { singularName: 'HeritageSite', pluralName: 'HeritageSites' },
  },
)
