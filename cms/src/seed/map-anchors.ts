import { z } from 'zod'

import { heritageItemSchema, readDataFile } from './read-reference-data'

/** The kinds of item data/map-anchors.json places. */
export const anchorKinds = ['experience', 'festival', 'cooperative'] as const
export type AnchorKind = (typeof anchorKinds)[number]

/** One reviewed row of data/map-anchors.json; `heritage_id` null means the data cannot place it. */
export const mapAnchorSchema = z.object({
  kind: z.enum(anchorKinds),
  id: z.string().regex(/^[a-z0-9-]+$/),
  heritage_id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .nullable(),
  note: z.string().min(1),
})
export type MapAnchor = z.infer<typeof mapAnchorSchema>

/** Where an anchored item shows on the map: its heritage site's coordinates and why. */
export type AnchoredLocation = { heritageId: string; lat: number; lng: number; note: string }

/** Looks an item up in the anchor table; null when it is unlocated or not in the table. */
export type AnchorLookup = (kind: AnchorKind, id: string) => AnchoredLocation | null

type HeritagePoint = { id: string; location: { lat?: number | null; lng?: number | null } }

/**
 * Resolves each anchor to its heritage site's coordinates. Throws, naming the row, when an
 * anchor points at a heritage site that is missing or has no coordinates, or an item is listed
 * twice: the table is reviewed by hand, so a broken row is a data error, not a skip.
 */
export function resolveAnchors(anchors: MapAnchor[], heritage: HeritagePoint[]): AnchorLookup {
  const sites = new Map(heritage.map((site) => [site.id, site.location]))
  const resolved = new Map<string, AnchoredLocation | null>()
  for (const anchor of anchors) {
    const key = `${anchor.kind}:${anchor.id}`
    if (resolved.has(key)) {
      throw new Error(`map-anchors.json: ${key} is listed twice`)
    }
    if (anchor.heritage_id === null) {
      resolved.set(key, null)
      continue
    }
    const at = sites.get(anchor.heritage_id)
    if (typeof at?.lat !== 'number' || typeof at.lng !== 'number') {
      throw new Error(
        `map-anchors.json: ${key}: heritage_id ${anchor.heritage_id} has no coordinates in heritage.json`,
      )
    }
    resolved.set(key, {
      heritageId: anchor.heritage_id,
      lat: at.lat,
      lng: at.lng,
      note: anchor.note,
    })
  }

  return (kind, id) => resolved.get(`${kind}:${id}`) ?? null
}

/** Reads data/map-anchors.json and data/heritage.json and resolves the table. */
export function readMapAnchors(): AnchorLookup {
  return resolveAnchors(
    readDataFile('map-anchors.json', mapAnchorSchema),
    readDataFile('heritage.json', heritageItemSchema),
  )
}
