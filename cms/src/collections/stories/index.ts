import type { CollectionConfig } from 'payload'

import { slugField } from '../../fields/slug'
import { label } from '../../i18n/label'
import { tenantContent } from '../shared/tenant-content'

/** Stories: articles about the locality's history, people and crafts. */
export const Stories: CollectionConfig = tenantContent(
  {
    slug: 'stories',
    labels: { singular: label('Bài viết', 'Story'), plural: label('Bài viết', 'Stories') },
    admin: { useAsTitle: 'title', defaultColumns: ['title', 'publishedAt', '_status'] },
    fields: [
      {
        name: 'title',
        type: 'text',
        required: true,
        localized: true,
        label: label('Tiêu đề', 'Title'),
      },
      slugField,
      { name: 'excerpt', type: 'textarea', localized: true, label: label('Sa pô', 'Excerpt') },
      { name: 'body', type: 'richText', localized: true, label: label('Nội dung', 'Body') },
      { name: 'author', type: 'text', label: label('Tác giả', 'Author') },
      {
        name: 'publishedAt',
        type: 'date',
        label: label('Ngày đăng', 'Published on'),
        admin: { position: 'sidebar' },
      },
      {
        name: 'cover',
        type: 'upload',
        relationTo: 'media',
        label: label('Ảnh bìa', 'Cover image'),
      },
      {
        name: 'relatedHeritage',
        type: 'relationship',
        relationTo: 'heritage-sites',
        hasMany: true,
        label: label('Di sản liên quan', 'Related heritage'),
      },
    ],
  },
  {
    searchKind: 'story',
    storefrontSegment: 'stories',
    graphQL: { singularName: 'Story', pluralName: 'Stories' },
  },
)
