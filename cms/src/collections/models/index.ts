import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type {
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
} from 'payload'

import { tenantContentAccess } from '../../access/tenant-content-access'
import { label } from '../../i18n/label'
import { optimiseGlb } from '../../media/optimise-glb'
import { urlSafeFileName } from '../../media/url-safe-file-name'
import {
  storefrontRevalidateAfterChange,
  storefrontRevalidateAfterDelete,
} from '../../storefront/revalidate-hooks'
import { mediaDir } from '../media'
import { serveDerivedFile, stemOf } from '../shared/upload-file-endpoint'

/** Where GLB models and their phone derivatives are stored. */
export const modelDir = path.join(mediaDir, 'models')

type Optimised = Awaited<ReturnType<typeof optimiseGlb>>

const checkAndOptimise: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file) {
    req.context.glb = await optimiseGlb(req.file.data, req.file.name)
    req.file.name = urlSafeFileName(req.file.name, 'glb')
    req.file.mimetype = 'model/gltf-binary'
  }

  return args
}

const writeDerivative: CollectionBeforeChangeHook = async ({ data, req }) => {
  const glb = req.context.glb as Optimised | undefined
  if (!glb || typeof data.filename !== 'string') {
    return data
  }
  await mkdir(modelDir, { recursive: true })
  const filename = `${stemOf(data.filename)}-mobile.glb`
  await writeFile(path.join(modelDir, filename), glb.data)
  delete req.context.glb

  return {
    ...data,
    original: { triangles: glb.original.triangles },
    derivative: { filename, bytes: glb.data.length, triangles: glb.derivative.triangles },
    bounds: {
      minX: glb.derivative.bounds.min[0],
      minY: glb.derivative.bounds.min[1],
      minZ: glb.derivative.bounds.min[2],
      maxX: glb.derivative.bounds.max[0],
      maxY: glb.derivative.bounds.max[1],
      maxZ: glb.derivative.bounds.max[2],
    },
  }
}

const xyz = (name: string, vi: string, en: string) => ({
  name,
  type: 'group' as const,
  label: label(vi, en),
  fields: [
    {
      type: 'row' as const,
      fields: ['x', 'y', 'z'].map((axis) => ({
        name: axis,
        type: 'number' as const,
        required: true,
      })),
    },
  ],
})

/** 3D models (GLB) with annotations; each upload gets a light derivative for phones. */
export const Models: CollectionConfig = {
  slug: 'models',
  labels: { singular: label('Mô hình 3D', '3D model'), plural: label('Mô hình 3D', '3D models') },
  admin: { useAsTitle: 'title' },
  access: { ...tenantContentAccess, read: () => true },
  hooks: {
    beforeOperation: [checkAndOptimise],
    beforeChange: [writeDerivative],
    afterChange: [storefrontRevalidateAfterChange],
    afterDelete: [storefrontRevalidateAfterDelete],
  },
  upload: { staticDir: modelDir, mimeTypes: ['model/gltf-binary', 'application/octet-stream'] },
  endpoints: [
    {
      path: '/:id/mobile.glb',
      method: 'get',
      handler: (req) =>
        serveDerivedFile(
          req,
          'models',
          modelDir,
          (doc) => {
            const derived = (doc as { derivative?: { filename?: string | null } }).derivative

            return derived?.filename ?? null
          },
          'model/gltf-binary',
        ),
    },
  ],
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('Tên', 'Title') },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: label('Mô tả', 'Description'),
    },
    {
      name: 'poster',
      type: 'upload',
      relationTo: 'media',
      label: label('Ảnh đại diện', 'Poster image'),
    },
    {
      name: 'original',
      type: 'group',
      admin: { readOnly: true },
      label: label('Tệp gốc', 'Original'),
      fields: [{ name: 'triangles', type: 'number' }],
    },
    {
      name: 'derivative',
      type: 'group',
      admin: { readOnly: true },
      label: label('Bản cho điện thoại', 'Phone derivative'),
      fields: [
        { name: 'filename', type: 'text' },
        { name: 'bytes', type: 'number' },
        { name: 'triangles', type: 'number' },
      ],
    },
    {
      name: 'bounds',
      type: 'group',
      admin: { readOnly: true },
      label: label('Khung bao (m)', 'Bounding box (m)'),
      fields: ['minX', 'minY', 'minZ', 'maxX', 'maxY', 'maxZ'].map((name) => ({
        name,
        type: 'number' as const,
      })),
    },
    {
      name: 'annotations',
      type: 'array',
      label: label('Chú giải', 'Annotations'),
      fields: [
        {
          name: 'label',
          type: 'text',
          required: true,
          localized: true,
          label: label('Nhãn', 'Label'),
        },
        { name: 'text', type: 'textarea', localized: true, label: label('Nội dung', 'Text') },
        xyz('position', 'Vị trí', 'Position'),
      ],
    },
  ],
}
