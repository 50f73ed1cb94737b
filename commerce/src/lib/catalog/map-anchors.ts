import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from '@medusajs/framework/zod'
import { findDataDir } from './reference-data'

/** One reviewed row of `data/map-anchors.json`; `heritage_id` null: the data cannot place it. */
export const mapAnchorSchema = z.object({
  kind: z.enum(['experience', 'festival', 'cooperative']),
  id: z.string().min(1),
  heritage_id: z.string().min(1).nullable(),
  note: z.string().min(1),
})
export type MapAnchor = z.infer<typeof mapAnchorSchema>

const heritageSchema = z.object({
  id: z.string().min(1),
  location: z.object({
    lat: z.number().nullable().optional(),
    lng: z.number().nullable().optional(),
  }),
})
type HeritagePoint = z.infer<typeof heritageSchema>

/** Where an anchored item shows on the map: its heritage site's coordinates and why. */
export type AnchoredPoint = { heritage_id: string; lat: number; lng: number; note: string }

/** Looks an item up by kind and reference id; null when it is unlocated or not listed. */
export type AnchorLookup = (kind: MapAnchor['kind'], id: string) => AnchoredPoint | null

/**
 * Resolves each anchor to its heritage site's coordinates. Throws, naming the row, when an
 * anchor points at a heritage site that is missing or has no coordinates, or an item is listed
 * twice: the table is reviewed by hand, so a broken row is a data error.
 */
export function resolveAnchors(anchors: MapAnchor[], heritage: HeritagePoint[]): AnchorLookup {
  const sites = new Map(heritage.map((site) => [site.id, site.location]))
  const resolved = new Map<string, AnchoredPoint | null>()
  for (const anchor of anchors) {
    const key = `${anchor.kind}:${anchor.id}`
    if (resolved.has(key)) throw new Error(`map-anchors.json: ${key} is listed twice`)
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
      heritage_id: anchor.heritage_id,
      lat: at.lat,
      lng: at.lng,
      note: anchor.note,
    })
  }

  return (kind, id) => resolved.get(`${kind}:${id}`) ?? null
}

function readItems<T extends z.ZodType>(dataDir: string, file: string, item: T): z.infer<T>[] {
  const raw: unknown = JSON.parse(readFileSync(path.join(dataDir, file), 'utf8'))
  const parsed = z.object({ items: z.array(item) }).safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`${file}: ${issue?.path.join('.')}: ${issue?.message}`)
  }

  return parsed.data.items as z.infer<T>[]
}

/** Reads the anchor rows of `data/map-anchors.json`. */
export function readMapAnchorRows(dataDir: string = findDataDir()): MapAnchor[] {
  return readItems(dataDir, 'map-anchors.json', mapAnchorSchema)
}

/** Reads `data/map-anchors.json` and `data/heritage.json` and resolves the table. */
export function readMapAnchors(dataDir: string = findDataDir()): AnchorLookup {
  return resolveAnchors(
    readMapAnchorRows(dataDir),
    readItems(dataDir, 'heritage.json', heritageSchema),
  )
}

/**
 * Product metadata an anchored experience carries, read back as the store product's
 * `origin_place` lat/lng; empty when the item is unlocated.
 */
export function originMetadata(point: AnchoredPoint | null): Record<string, unknown> {
  return point
    ? { origin_lat: point.lat, origin_lng: point.lng, origin_coordinates_note: point.note }
    : {}
}

/**
 * Cooperative metadata an anchored producer carries, read back as the store cooperative's
 * `lat`/`lng`; empty when the producer is unlocated.
 */
export function cooperativePointMetadata(point: AnchoredPoint | null): Record<string, unknown> {
  return point ? { lat: point.lat, lng: point.lng, coordinates_note: point.note } : {}
}

/** Whether metadata lacks a numeric coordinate under either key (so a seed may fill it). */
export function lacksPoint(
  metadata: Record<string, unknown> | null | undefined,
  keys: [lat: string, lng: string],
): boolean {
  return keys.some((key) => typeof metadata?.[key] !== 'number')
}
