import { z } from 'zod'

export const locales = ['vi', 'en'] as const
export const localeSchema = z.enum(locales)
export type Locale = z.infer<typeof localeSchema>

export const documentTypes = [
  'heritage',
  'festival',
  'place',
  'story',
  'product',
  'experience',
  'cooperative',
] as const
export const documentTypeSchema = z.enum(documentTypes)
export type DocumentType = z.infer<typeof documentTypeSchema>

export const tenantSlugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/)

/** The one shape of everything searchable, one per tenant, locale and source record. */
export const searchDocumentSchema = z.object({
  /** `<kind>:<source id>`, stable across locales and tenants. */
  id: z.string().min(1).max(200),
  tenant: tenantSlugSchema,
  locale: localeSchema,
  type: documentTypeSchema,
  source: z.enum(['cms', 'commerce']),
  title: z.string().min(1),
  summary: z.string(),
  text: z.string(),
  tags: z.array(z.string()),
  url: z.string(),
  image: z.string().nullable(),
  _geo: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  /** Price in đồng (integer) for products and experiences. */
  price: z.number().int().nullable(),
  /** OCOP stars, only while the certificate is valid. */
  stars: z.number().int().min(1).max(5).nullable(),
  productGroup: z.string().nullable(),
  commune: z.string().nullable(),
  /** Festival dates or experience sessions, ISO strings. */
  dates: z.array(z.object({ start: z.string(), end: z.string().nullable() })),
  updatedAt: z.string(),
})

export type SearchDocument = z.infer<typeof searchDocumentSchema>

/** Identifies one document of one tenant (in every locale when locale is absent). */
export type DocumentKey = { tenant: string; id: string; locale?: Locale }

/** What reconciliation compares: a document's identity and a hash of its content. */
export type DocumentStamp = { tenant: string; locale: Locale; id: string; hash: string }
