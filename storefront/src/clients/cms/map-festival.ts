import type { Festival, Place } from '@/domain/types'
import { mapMediaSize } from './map-media'
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

function calendarOf(doc: CmsFestival): string | null {
  return firstText(doc.recurrence?.calendar, doc.calendar, doc.calendarType)
}

function lunarDayMonth(doc: CmsFestival): Festival['lunar'] {
  const fromRecurrence = calendarOf(doc) === 'lunar' ? doc.recurrence : null
  const day = doc.lunar?.day ?? doc.lunarDay ?? fromRecurrence?.day
  const month = doc.lunar?.month ?? doc.lunarMonth ?? fromRecurrence?.month
  if (!day || !month) return null

  return { day, month }
}

function solarDayMonth(doc: CmsFestival): Festival['solar'] {
  const recurrence = doc.recurrence
  if (calendarOf(doc) !== 'solar' || !recurrence?.day || !recurrence.month) return null

  return { day: recurrence.day, month: recurrence.month }
}

function editionsOf(doc: CmsFestival): Festival['editions'] {
  if (!Array.isArray(doc.nextOccurrences)) return []

  return doc.nextOccurrences.flatMap((entry: unknown) => {
    if (!entry || typeof entry !== 'object') return []
    const { start, end } = entry as { start?: unknown; end?: unknown }
    const first = typeof start === 'string' ? isoDay(start) : null
    if (!first) return []

    return [{ start: first, end: (typeof end === 'string' ? isoDay(end) : null) ?? first }]
  })
}

function heritageLocation(value: unknown): Festival['location'] {
  if (!value || typeof value !== 'object') return null
  const location = (value as { location?: { lat?: unknown; lng?: unknown } }).location
  if (typeof location?.lat !== 'number' || typeof location.lng !== 'number') return null

  return { lat: location.lat, lng: location.lng }
}

/** Turns a CMS festival document into the site's Festival. */
export function mapFestival(doc: CmsFestival): Festival {
  const title = firstText(doc.title, doc.name) ?? doc.slug
  const calendar = calendarOf(doc) === 'lunar' ? 'lunar' : 'solar'
  const editions = editionsOf(doc)

  return {
    id: doc.id,
    slug: doc.slug,
    title,
    summary: firstText(doc.summary),
    paragraphs: richTextToParagraphs(doc.description ?? doc.body),
    calendar,
    lunar: lunarDayMonth(doc),
    solar: solarDayMonth(doc),
    editions,
    durationDays: Math.max(1, Math.round(doc.recurrence?.durationDays ?? doc.durationDays ?? 1)),
    startDate: isoDay(doc.nextStartDate ?? doc.startDate) ?? editions[0]?.start ?? null,
    endDate: isoDay(doc.nextEndDate ?? doc.endDate) ?? editions[0]?.end ?? null,
    place: placeText(doc.place) ?? firstText(doc.location?.address),
    programme: (doc.programme ?? [])
      .map((entry) => ({
        time: firstText(entry.time, entry.when),
        title: firstText(entry.title, entry.item, entry.activity, entry.label) ?? '',
      }))
      .filter((entry) => entry.title !== ''),
    image: mapMediaSize(doc.image ?? doc.heroImage ?? doc.images?.[0], 'hero', title),
    location: pickLocation(doc.location, doc.lat, doc.lng) ?? heritageLocation(doc.heritageSite),
    relatedProductHandles: [
      ...handlesOf(doc.relatedExperienceHandles),
      ...handlesOf(doc.relatedProductHandles ?? doc.relatedProducts),
    ],
  }
}

/** Turns a CMS place document into the site's Place. */
export function mapPlace(doc: CmsPlace): Place {
  return {
    id: doc.id,
    slug: doc.slug,
    title: firstText(doc.title, doc.name) ?? doc.slug,
    kind: firstText(doc.kind, doc.category, doc.type) ?? 'attraction',
    summary: firstText(doc.summary),
    location: pickLocation(doc.location, doc.lat, doc.lng),
  }
}
