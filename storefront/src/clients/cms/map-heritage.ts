import type { HeritageModel, HeritageSite, HeritageSummary, Locale } from '@/domain/types'
import { pickAudioGuide } from './map-audio-guide'
import { mapMediaSize } from './map-media'
import { mapModel } from './map-model'
import { mapPanoramas } from './map-panorama'
import { firstText, handlesOf, pickLocation, toNumber } from './pick'
import { richTextToParagraphs } from './rich-text-to-paragraphs'
import { CmsMedia, type CmsHeritageSite, type CmsModel } from './schemas'

function titleOf(doc: CmsHeritageSite): string {
  return firstText(doc.title, doc.name) ?? doc.slug
}

type GalleryEntry = NonNullable<CmsHeritageSite['gallery']>[number]

function galleryMedia(entry: GalleryEntry): CmsMedia | null {
  if (entry && typeof entry === 'object' && 'image' in entry && !('url' in entry)) {
    return CmsMedia.safeParse(entry.image).data ?? null
  }

  return CmsMedia.safeParse(entry).data ?? null
}

function hoursText(value: unknown): string | null {
  if (typeof value === 'string') return firstText(value)
  if (Array.isArray(value)) {
    const lines = value
      .map((entry: unknown) =>
        entry && typeof entry === 'object'
          ? Object.values(entry as Record<string, unknown>)
              .filter((part): part is string => typeof part === 'string')
              .join(' ')
          : '',
      )
      .filter(Boolean)

    return lines.length > 0 ? lines.join('; ') : null
  }

  return null
}

/** The site's lead picture: a dedicated hero field, else the first picture of the gallery. */
function leadMedia(doc: CmsHeritageSite): CmsMedia | null {
  const first = doc.gallery?.[0]

  return doc.heroImage ?? doc.coverImage ?? doc.image ?? (first ? galleryMedia(first) : null)
}

/** Turns a CMS heritage document into the summary shown in lists. */
export function mapHeritageSummary(doc: CmsHeritageSite): HeritageSummary {
  const title = titleOf(doc)

  return {
    id: doc.id,
    slug: doc.slug,
    title,
    summary: firstText(doc.summary, doc.excerpt),
    image: mapMediaSize(leadMedia(doc), 'card', title),
    location: pickLocation(doc.location, doc.lat, doc.lng),
  }
}

/** Turns a CMS heritage document (depth 2, one locale) into the full page model. */
export function mapHeritageSite(doc: CmsHeritageSite, locale: Locale): HeritageSite {
  const summary = mapHeritageSummary(doc)

  return {
    ...summary,
    image: mapMediaSize(leadMedia(doc), 'hero', summary.title),
    paragraphs: richTextToParagraphs(doc.description ?? doc.body ?? doc.content),
    address: firstText(doc.location?.address, doc.address),
    keyFacts: (doc.keyFacts ?? [])
      .map((entry) => firstText(entry.fact))
      .filter((fact) => fact !== null),
    rank: firstText(doc.heritageRank),
    hours: hoursText(doc.hours ?? doc.openingHours),
    ticketPriceVnd: toNumber(doc.ticketPriceVnd ?? doc.ticketPrice),
    // When the lead picture is the gallery's first, the gallery shows the others.
    gallery: (doc.gallery ?? [])
      .slice((doc.heroImage ?? doc.coverImage ?? doc.image) ? 0 : 1)
      .map((entry) => mapMediaSize(galleryMedia(entry), 'card', summary.title))
      .filter((image) => image !== null),
    panoramas: mapPanoramas(doc.panoramas ?? [], summary.title),
    models: (doc.models ?? [])
      .filter((model): model is CmsModel => typeof model !== 'string')
      .map((model) => mapModel(model, summary.title))
      .filter((model): model is HeritageModel => model !== null),
    audioGuide: pickAudioGuide(doc.audioGuides ?? [], locale, summary.title),
    relatedProductHandles: handlesOf(doc.relatedProductHandles ?? doc.relatedProducts),
    relatedFestivalSlugs: handlesOf(doc.relatedFestivals),
  }
}
