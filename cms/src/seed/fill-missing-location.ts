import type { Payload } from 'payload'

type Id = number | string
const context = { skipSearchSync: true }

/** Coordinates to give a place that has none, with the note saying where they come from. */
export type PointFill = { lat: number; lng: number; note?: string }

/**
 * Gives a published place that has no coordinates yet the anchor's latitude and longitude (and
 * the English coordinates note when it has none), keeping every other field as it is. A place
 * whose latest version is an unpublished draft, or that already has coordinates, is left alone.
 * Returns whether it wrote anything.
 */
export async function fillMissingPlaceLocation(
  payload: Payload,
  id: Id,
  fill: PointFill,
): Promise<boolean> {
  const vi = await payload.findByID({ collection: 'places', id, locale: 'vi', draft: true })
  const location = vi.location ?? {}
  const hasPoint = typeof location.lat === 'number' || typeof location.lng === 'number'
  if (vi._status !== 'published' || hasPoint) {
    return false
  }
  await payload.update({
    collection: 'places',
    id,
    locale: 'vi',
    context,
    data: { location: { ...location, lat: fill.lat, lng: fill.lng }, _status: 'published' },
  })
  if (fill.note) {
    const en = await payload.findByID({
      collection: 'places',
      id,
      locale: 'en',
      fallbackLocale: false,
      draft: true,
    })
    if (!en.location?.coordinatesNote) {
      await payload.update({
        collection: 'places',
        id,
        locale: 'en',
        context,
        data: { location: { ...en.location, coordinatesNote: fill.note }, _status: 'published' },
      })
    }
  }

  return true
}

/**
 * Links a published festival that names no heritage site yet to the one it is held at (the map
 * shows festivals at their heritage site), keeping every other field. Returns whether it wrote.
 */
export async function fillMissingFestivalSite(
  payload: Payload,
  id: Id,
  heritageSiteId: Id,
): Promise<boolean> {
  const doc = await payload.findByID({ collection: 'festivals', id, draft: true, depth: 0 })
  if (doc._status !== 'published' || (doc.heritageSite ?? null) !== null) {
    return false
  }
  await payload.update({
    collection: 'festivals',
    id,
    context,
    data: { heritageSite: heritageSiteId as never, _status: 'published' },
  })

  return true
}
