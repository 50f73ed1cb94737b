import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { tenantContentAccess } from '../../access/tenant-content-access'
import { label } from '../../i18n/label'
import { prepareImageUpload } from '../../media/prepare-image-upload'
import {
  storefrontRevalidateAfterChange,
  storefrontRevalidateAfterDelete,
} from '../../storefront/revalidate-hooks'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Where uploaded files are stored (git-ignored). */
export const mediaDir = path.resolve(dirname, '../../../media')

/** Checks and normalises the uploaded image before Payload derives its sizes. */
const normaliseImage: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file) {
    const prepared = await prepareImageUpload({ data: req.file.data, name: req.file.name })
    req.file.data = prepared.data
    req.file.mimetype = prepared.mimeType
    req.file.name = prepared.name
    req.file.size = prepared.data.length
  }

  return args
}

const webp = (quality: number) => ({ format: 'webp' as const, options: { quality } })
const jpeg = { format: 'jpeg' as const, options: { quality: 80, mozjpeg: true } }

/** Images: responsive WebP and AVIF sizes with JPEG fallbacks, alt text in each locale. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Ảnh', 'Image'), plural: label('Thư viện ảnh', 'Images') },
  access: { ...tenantContentAccess, read: () => true },
  hooks: {
    beforeOperation: [normaliseImage],
    afterChange: [storefrontRevalidateAfterChange],
    afterDelete: [storefrontRevalidateAfterDelete],
  },
  upload: {
    staticDir: mediaDir,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/tiff', 'image/gif'],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    withMetadata: false,
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: webp(75) },
      { name: 'card', width: 800, formatOptions: webp(78) },
      {
        name: 'cardAvif',
        width: 800,
        formatOptions: { format: 'avif', options: { quality: 55, effort: 2 } },
      },
      { name: 'cardJpeg', width: 800, formatOptions: jpeg },
      { name: 'hero', width: 1600, formatOptions: webp(78) },
      { name: 'heroJpeg', width: 1600, formatOptions: jpeg },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: label('Mô tả ảnh', 'Alt text'),
    },
    { name: 'caption', type: 'text', localized: true, label: label('Chú thích', 'Caption') },
    { name: 'credit', type: 'text', label: label('Nguồn ảnh', 'Credit') },
    {
      name: 'isPlaceholder',
      type: 'checkbox',
      label: label('Ảnh minh họa tạm', 'Generated placeholder'),
    },
  ],
}
