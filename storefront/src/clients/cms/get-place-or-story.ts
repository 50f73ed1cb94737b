import type { Locale, PlaceDetail, Story } from '@/domain/types'
import { cmsRead } from './cms-read'
import { mapPlace } from './map-festival'
import { mapMediaSize } from './map-media'
import { firstText } from './pick'
import { richTextToParagraphs } from './rich-text-to-paragraphs'
import { CmsPlace, CmsStory, cmsList } from './schemas'

function query(tenantId: string, slug: string, locale: Locale) {
  return {
    'where[tenant][equals]': tenantId,
    'where[slug][equals]': slug,
    locale,
    'fallback-locale': 'vi',
    depth: 1,
    limit: 1,
  }
}

/** One published place of the tenant by slug; null when there is none. */
export async function getPlace(
  tenantId: string,
  slug: string,
  locale: Locale,
): Promise<PlaceDetail | null> {
  const answer = await cmsRead('places', tenantId, query(tenantId, slug, locale), cmsList(CmsPlace))
  const doc = answer.docs[0]
  if (!doc) return null
  const place = mapPlace(doc)
  const contact = Object.values(doc.contact ?? {}).filter(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  )

  return {
    ...place,
    paragraphs: richTextToParagraphs(doc.description),
    hours: firstText(doc.openingHours),
    address: firstText(doc.location?.address),
    contact: contact.length > 0 ? contact.join(' · ') : null,
    images: (doc.images ?? [])
      .map((media) => mapMediaSize(media, 'card', place.title))
      .filter((image) => image !== null),
  }
}

/** One published story of the tenant by slug; null when there is none. */
export async function getStory(
  tenantId: string,
  slug: string,
  locale: Locale,
): Promise<Story | null> {
  const answer = await cmsRead(
    'stories',
    tenantId,
    query(tenantId, slug, locale),
    cmsList(CmsStory),
  )
  const doc = answer.docs[0]
  if (!doc) return null
  const title = firstText(doc.title) ?? doc.slug

  return {
    id: doc.id,
    slug: doc.slug,
    title,
    excerpt: firstText(doc.excerpt),
    paragraphs: richTextToParagraphs(doc.body),
    author: firstText(doc.author),
    publishedAt: firstText(doc.publishedAt),
    cover: mapMediaSize(doc.cover, 'hero', title),
  }
}
