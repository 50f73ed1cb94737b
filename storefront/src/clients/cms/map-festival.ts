import type { Festival, Place } from '@/domain/types'
import { mapMedia } from './map-media'
import { firstText, handlesOf, pickLocation } from './pick'
import { richTextToParagraphs } from './rich-text-to-paragraphs'
import type { CmsFestival, CmsPlace } from './schemas'

function isoDay(value: string | null | undefined): string | null {
  if (!value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null

  // Stored in UTC, shown in Asia/Ho_Chi_Minh (UTC+7, no daylight saving).
  return new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 10)
}

function placeText(place: unknown): string | null {
  if (typeof place === 'string') return firstText(place)
  if (place && typeof place === 'object') {
    const record = place as Record<string, unknown>

    return firstText(record.title, record.name, record.address)
  }

  return null
}

function lunarDayMonth(doc: CmsFestival): Festival['lunar'] {
  const day = doc.lunar?.day ?? doc.lunarDay
  const month = doc.lunar?.month ?? doc.lunarMonth
  if (!day || !month) return null

  return { day, month }
}

/** Turns a CMS festival document into the site's Festival. */
export function mapFestival(doc: CmsFestival): Festival {
  const title = firstText(doc.title, doc.name) ?? doc.slug
  const calendar = firstText(doc.calendar, doc.calendarType) === 'lunar' ? 'lunar' : 'solar'

  return {
    id: doc.id,
    slug: doc.slug,
    title,
    summary: firstText(doc.summary),
    paragraphs: richTextToParagraphs(doc.description ?? doc.body),
    calendar,
    lunar: lunarDayMonth(doc),
    durationDays: Math.max(1, Math.round(doc.durationDays ?? 1)),
    startDate: isoDay(doc.nextStartDate ?? doc.startDate),
    endDate: isoDay(doc.nextEndDate ?? doc.endDate),
    place: placeText(doc.place) ?? firstText(doc.location?.address),
    programme: (doc.programme ?? [])
      .map((entry) => ({
        time: firstText(entry.time),
        title: firstText(entry.title, entry.activity, entry.label) ?? '',
      }))
      .filter((entry) => entry.title !== ''),
    image: mapMedia(doc.image ?? doc.heroImage, title),
    location: pickLocation(doc.location, doc.lat, doc.lng),
    relatedProductHandles: handlesOf(doc.relatedProductHandles ?? doc.relatedProducts),
  }
}

/** Turns a CMS place document into the site's Place. */
export function mapPlace(doc: CmsPlace): Place {
  return {
    id: doc.id,
    slug: doc.slug,
    title: firstText(doc.title, doc.name) ?? doc.slug,
    kind: firstText(doc.kind, doc.type) ?? 'attraction',
    summary: firstText(doc.summary),
    location: pickLocation(doc.location, doc.lat, doc.lng),
  }
}
