import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
} from 'payload'

import { tenantContentAccess } from '../../access/tenant-content-access'
import { label } from '../../i18n/label'
import { cutPanorama, panoramaTileSize, type CutPanorama } from '../../media/cut-panorama'
import { urlSafeFileName } from '../../media/url-safe-file-name'
import {
  storefrontRevalidateAfterChange,
  storefrontRevalidateAfterDelete,
} from '../../storefront/revalidate-hooks'
import { mediaDir } from '../media'
import { serveDerivedFile, stemOf } from '../shared/upload-file-endpoint'

/** Where panoramas, their previews and tiles are stored. */
export const panoramaDir = path.join(mediaDir, 'panoramas')

const checkAndCut: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file) {
    req.context.panoramaCut = await cutPanorama(req.file.data, req.file.name)
    req.file.name = urlSafeFileName(req.file.name)
  }

  return args
}

const writeTiles: CollectionBeforeChangeHook = async ({ data, req }) => {
  const cut = req.context.panoramaCut as CutPanorama | undefined
  if (!cut || typeof data.filename !== 'string') {
    return data
  }
  const folder = path.join(panoramaDir, `${stemOf(data.filename)}-tiles`)
  await mkdir(folder, { recursive: true })
  await writeFile(path.join(folder, 'preview.webp'), cut.preview)
  await Promise.all(
    cut.tiles.map((tile) =>
      writeFile(path.join(folder, `${tile.col}_${tile.row}.webp`), tile.data),
    ),
  )
  delete req.context.panoramaCut

  return {
    ...data,
    tiles: {
      width: cut.width,
      cols: cut.cols,
      rows: cut.rows,
      tileSize: panoramaTileSize,
      previewBytes: cut.preview.length,
    },
  }
}

const tileFolder = (doc: { filename?: string | null }) =>
  doc.filename ? `${stemOf(doc.filename)}-tiles` : null

/** 360° equirectangular panoramas with hotspots: a small preview first, then 512 px tiles. */
export const Panoramas: CollectionConfig = {
  slug: 'panoramas',
  labels: { singular: label('Ảnh 360°', 'Panorama'), plural: label('Ảnh 360°', 'Panoramas') },
  admin: { useAsTitle: 'title' },
  access: { ...tenantContentAccess, read: () => true },
  hooks: {
    beforeOperation: [checkAndCut],
    beforeChange: [writeTiles],
    afterChange: [storefrontRevalidateAfterChange],
    afterDelete: [storefrontRevalidateAfterDelete],
  },
  upload: { staticDir: panoramaDir, mimeTypes: ['image/jpeg', 'image/png', 'image/webp'] },
  endpoints: [
    {
      path: '/:id/preview',
      method: 'get',
      handler: (req) =>
        serveDerivedFile(
          req,
          'panoramas',
          panoramaDir,
          (doc) => {
            const folder = tileFolder(doc)

            return folder ? `${folder}/preview.webp` : null
          },
          'image/webp',
        ),
    },
    {
      path: '/:id/tiles/:col/:row',
      method: 'get',
      handler: (req) => {
        const col = Number(req.routeParams?.col)
        const row = Number(req.routeParams?.row)

        return serveDerivedFile(
          req,
          'panoramas',
          panoramaDir,
          (doc) => {
            const folder = tileFolder(doc)

            return folder && Number.isInteger(col) && Number.isInteger(row)
              ? `${folder}/${col}_${row}.webp`
              : null
          },
          'image/webp',
        )
      },
    },
  ],
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('Tên', 'Title') },
    { name: 'caption', type: 'text', localized: true, label: label('Chú thích', 'Caption') },
    {
      name: 'tiles',
      type: 'group',
      label: label('Ô ảnh', 'Tiles'),
      admin: { readOnly: true, description: label('Tạo tự động khi tải lên', 'Made at upload') },
      fields: [
        { name: 'width', type: 'number' },
        { name: 'cols', type: 'number' },
        { name: 'rows', type: 'number' },
        { name: 'tileSize', type: 'number' },
        { name: 'previewBytes', type: 'number' },
      ],
    },
    {
      name: 'hotspots',
      type: 'array',
      label: label('Điểm nóng', 'Hotspots'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'yaw',
              type: 'number',
              required: true,
              min: -180,
              max: 360,
              label: label('Góc ngang (°)', 'Yaw (°)'),
            },
            {
              name: 'pitch',
              type: 'number',
              required: true,
              min: -90,
              max: 90,
              label: label('Góc dọc (°)', 'Pitch (°)'),
            },
          ],
        },
        {
          name: 'label',
          type: 'text',
          localized: true,
          required: true,
          label: label('Nhãn', 'Label'),
        },
        {
          name: 'target',
          type: 'select',
          required: true,
          defaultValue: 'info',
          label: label('Dẫn tới', 'Links to'),
          options: [
            { value: 'info', label: label('Thông tin', 'Information') },
            { value: 'panorama', label: label('Ảnh 360° khác', 'Another panorama') },
            { value: 'heritage', label: label('Di sản', 'Heritage site') },
            { value: 'product', label: label('Sản phẩm', 'Product') },
          ],
        },
        {
          name: 'panorama',
          type: 'relationship',
          relationTo: 'panoramas',
          admin: { condition: (_, s) => s?.target === 'panorama' },
        },
        {
          name: 'heritage',
          type: 'relationship',
          relationTo: 'heritage-sites',
          admin: { condition: (_, s) => s?.target === 'heritage' },
        },
        {
          name: 'productHandle',
          type: 'text',
          admin: { condition: (_, s) => s?.target === 'product' },
        },
        { name: 'text', type: 'textarea', localized: true, label: label('Nội dung', 'Text') },
      ],
    },
  ],
}
