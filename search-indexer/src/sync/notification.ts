import { z } from 'zod'
import { tenantSlugSchema } from '../documents/search-document.js'

/** Body of `POST /notify`, as the CMS and commerce send it. */
export const notificationSchema = z
  .object({
    source: z.enum(['cms', 'commerce']),
    kind: z.enum([
      'heritage',
      'festival',
      'place',
      'story',
      'product',
      'experience',
      'cooperative',
    ]),
    id: z.union([z.string().min(1).max(200), z.number().int().transform(String)]),
    tenant: tenantSlugSchema,
    op: z.enum(['upsert', 'delete']),
  })
  .refine(
    (value) =>
      value.source === 'cms'
        ? ['heritage', 'festival', 'place', 'story'].includes(value.kind)
        : ['product', 'experience', 'cooperative'].includes(value.kind),
    { message: 'kind does not belong to source', path: ['kind'] },
  )

export type Notification = z.infer<typeof notificationSchema>

/** The search document id a source record gets (products and experiences share `product:`). */
export function documentIdOf(kind: Notification['kind'], sourceId: string): string {
  if (kind === 'product' || kind === 'experience') return `product:${sourceId}`

  return `${kind}:${sourceId}`
}

/** Which source a document id comes from, by its prefix. */
export function sourceOfDocumentId(id: string): 'cms' | 'commerce' {
  return id.startsWith('product:') || id.startsWith('cooperative:') ? 'commerce' : 'cms'
}
