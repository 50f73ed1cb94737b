import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { tenantContentAccess } from '../../access/tenant-content-access'
import { label } from '../../i18n/label'
import {
  storefrontRevalidateAfterChange,
  storefrontRevalidateAfterDelete,
} from '../../storefront/revalidate-hooks'
import { mediaDir } from '../media'

/** True for a WebVTT document: the `WEBVTT` header and at least one cue timing line. */
export function isWebVtt(text: unknown): boolean {
  return (
    typeof text === 'string' &&
    /^\uFEFF?WEBVTT(\s|$)/.test(text) &&
    /\d{2}:\d{2}(:\d{2})?\.\d{3} --> \d{2}:\d{2}(:\d{2})?\.\d{3}/.test(text)
  )
}

/** Audio guides: an audio file with WebVTT captions in each locale. */
export const AudioGuides: CollectionConfig = {
  slug: 'audio-guides',
  labels: {
    singular: label('Thuyết minh', 'Audio guide'),
    plural: label('Thuyết minh', 'Audio guides'),
  },
  admin: { useAsTitle: 'title' },
  access: { ...tenantContentAccess, read: () => true },
  hooks: {
    afterChange: [storefrontRevalidateAfterChange],
    afterDelete: [storefrontRevalidateAfterDelete],
  },
  upload: {
    staticDir: path.join(mediaDir, 'audio'),
    mimeTypes: ['audio/mpeg', 'audio/ogg', 'audio/mp4', 'audio/aac', 'audio/wav', 'audio/webm'],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('Tên', 'Title') },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'vi',
      options: ['vi', 'en'],
      label: label('Ngôn ngữ đọc', 'Spoken language'),
    },
    {
      name: 'captions',
      type: 'textarea',
      localized: true,
      label: label('Phụ đề (WebVTT)', 'Captions (WebVTT)'),
      validate: (value: unknown) =>
        value === null || value === undefined || value === '' || isWebVtt(value)
          ? true
          : 'captions: must be WebVTT (a WEBVTT header and cue times like 00:00.000 --> 00:04.000)',
    },
    {
      name: 'durationSeconds',
      type: 'number',
      min: 0,
      label: label('Thời lượng (giây)', 'Duration (s)'),
    },
  ],
}
