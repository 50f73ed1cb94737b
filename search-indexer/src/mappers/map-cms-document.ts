import { z } from 'zod'
import type { Locale, SearchDocument } from '../documents/search-document.js'
import type { CmsDocument, CmsKind } from '../sources/cms-client.js'
import { richTextToPlain } from './rich-text-to-plain.js'
import { storefrontPath } from './storefront-path.js'

const text = z.string().nullish().catch(null)
const num = z.number().nullish().catch(null)
const upload = z
  .union([
    z.object({
      url: z.string().nullish(),
      sizes: z.record(z.string(), z.object({ url: z.string().nullish() }).nullish()).nullish(),
    }),
    z.unknown(),
  ])
  .nullish()

const cmsContentSchema = z.object({
  id: z.union([z.number(), z.string()]).transform(String),
  _status: z.string().nullish(),
  title: z.string().nullish(),
  name: z.string().nullish(),
  slug: z.string(),
  kind: text,
  category: text,
  summary: text,
  excerpt: text,
  description: z.unknown().optional(),
  body: z.unknown().optional(),
  content: z.unknown().optional(),
  keyFacts: z
    .array(z.object({ fact: z.string() }))
    .nullish()
    .catch(null),
  activities: z
    .array(z.object({ activity: z.string().nullish() }).passthrough())
    .nullish()
    .catch(null),
  ethnicGroup: text,
  location: z.object({ lat: num, lng: num, commune: text, address: text }).nullish().catch(null),
  place: text,
  heritageRank: text,
  programme: z
    .array(z.object({ item: z.string().nullish(), when: z.string().nullish() }))
    .nullish()
    .catch(null),
  nextOccurrences: z
    .array(z.object({ start: z.string(), end: z.string().nullish() }))
    .nullish()
    .catch(null),
  gallery: z.array(z.unknown()).nullish().catch(null),
  cover: upload,
  heroImage: upload,
  image: upload,
  coverImage: upload,
  images: z.array(z.unknown()).nullish().catch(null),
  dates: z
    .array(z.object({ start: z.string(), end: z.string().nullish() }).passthrough())
    .nullish()
    .catch(null),
  startDate: text,
  endDate: text,
  updatedAt: z.string(),
})

/** Storefront path segment of each content kind. */
function imageUrl(values: unknown[]): string | null {
  for (const value of values) {
    const candidate = (Array.isArray(value) ? value[0] : value) as
      | { url?: unknown; sizes?: Record<string, { url?: unknown } | null>; image?: unknown }
      | null
      | undefined
    if (candidate === null || typeof candidate !== 'object') continue
    const card = candidate.sizes?.card?.url ?? candidate.sizes?.thumbnail?.url
    if (typeof card === 'string') return card
    if (typeof candidate.url === 'string') return candidate.url
    if (candidate.image !== undefined) {
      const nested = imageUrl([candidate.image])
      if (nested !== null) return nested
    }
  }

  return null
}

function firstSentences(value: string, max = 280): string {
  if (value.length <= max) return value
  const cut = value.slice(0, max)
  const stop = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf(' '))

  return `${cut.slice(0, stop > 80 ? stop : max).trim()}…`
}

/**
 * Maps one CMS document (one locale, depth 1) to the search document shape; null when the
 * document is not published or lacks what a search hit needs.
 */
export function mapCmsDocument(
  kind: CmsKind,
  raw: CmsDocument,
  locale: Locale,
  tenant: string,
): SearchDocument | null {
  const parsed = cmsContentSchema.safeParse(raw)
  if (!parsed.success) return null
  const doc = parsed.data
  if (doc._status !== undefined && doc._status !== null && doc._status !== 'published') return null
  const title = doc.title ?? doc.name
  if (title === null || title === undefined || title.trim() === '') return null

  const longText = richTextToPlain(doc.description ?? doc.body ?? doc.content ?? '')
  const facts = (doc.keyFacts ?? []).map((item) => item.fact)
  const activities = [
    ...(doc.activities ?? []).flatMap((item) => (item.activity ? [item.activity] : [])),
    ...(doc.programme ?? []).flatMap((item) => (item.item ? [item.item] : [])),
  ]
  const summary = doc.summary ?? doc.excerpt ?? firstSentences(longText)
  const location = doc.location
  const geo =
    typeof location?.lat === 'number' && typeof location.lng === 'number'
      ? { lat: location.lat, lng: location.lng }
      : null
  // Festivals computed their next occurrences (solar or lunar) for us.
  const occurrences = doc.dates ?? doc.nextOccurrences ?? []
  const dates = occurrences.map((date) => ({ start: date.start, end: date.end ?? null }))
  if (dates.length === 0 && doc.startDate)
    dates.push({ start: doc.startDate, end: doc.endDate ?? null })
  const tags = [doc.kind, doc.category, doc.ethnicGroup, location?.commune].filter(
    (tag): tag is string => typeof tag === 'string' && tag !== '',
  )

  return {
    id: `${kind}:${doc.id}`,
    tenant,
    locale,
    type: kind,
    source: 'cms',
    title: title.trim(),
    summary: summary.trim(),
    text: [longText, ...facts, ...activities, doc.heritageRank, doc.place, location?.address]
      .filter(Boolean)
      .join('\n'),
    tags,
    url: storefrontPath(kind, doc.slug, locale),
    image: imageUrl([doc.heroImage, doc.cover, doc.coverImage, doc.image, doc.images, doc.gallery]),
    _geo: geo,
    price: null,
    stars: null,
    productGroup: null,
    commune: location?.commune ?? null,
    dates,
    updatedAt: new Date(doc.updatedAt).toISOString(),
  }
}
