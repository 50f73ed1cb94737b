import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { toHoaBanProduct } from '../store/hoaban-product'
import { readExperiences } from './experience-data'
import {
  type MapAnchor,
  cooperativePointMetadata,
  lacksPoint,
  originMetadata,
  readMapAnchorRows,
  readMapAnchors,
  resolveAnchors,
} from './map-anchors'
import { findDataDir, readCooperatives } from './reference-data'

type Site = { id: string; location: { lat: number | null; lng: number | null } }
const heritage = (
  JSON.parse(readFileSync(path.join(findDataDir(), 'heritage.json'), 'utf8')) as { items: Site[] }
).items
const siteOf = (id: string) => {
  const location = heritage.find((site) => site.id === id)?.location

  return location && { lat: location.lat, lng: location.lng }
}
const rows = readMapAnchorRows()
const anchors = readMapAnchors()

describe('data/map-anchors.json in commerce', () => {
  it('lists every experience and cooperative of data/ once, each anchored id existing', () => {
    const listed = (kind: MapAnchor['kind']) =>
      rows
        .filter((row) => row.kind === kind)
        .map((row) => row.id)
        .sort()

    expect(listed('experience')).toEqual(
      readExperiences()
        .map((e) => e.id)
        .sort(),
    )
    expect(listed('cooperative')).toEqual(
      readCooperatives()
        .map((c) => c.id)
        .sort(),
    )
  })

  it('anchors only to heritage sites with coordinates', () => {
    const anchored = rows.filter((row) => row.heritage_id !== null)

    expect(anchored.length).toBeGreaterThan(0)
    for (const row of anchored) {
      expect(siteOf(row.heritage_id!)?.lat, row.heritage_id!).toEqual(expect.any(Number))
      expect(siteOf(row.heritage_id!)?.lng, row.heritage_id!).toEqual(expect.any(Number))
    }
  })

  it('refuses a row pointing at a site without coordinates, and a row listed twice', () => {
    const row: MapAnchor = { kind: 'cooperative', id: 'x', heritage_id: 'ban-keo', note: 'n' }

    expect(() => resolveAnchors([row], heritage)).toThrow(/cooperative:x.*ban-keo/)
    expect(() => resolveAnchors([{ ...row, heritage_id: null }, row], heritage)).toThrow(/twice/)
  })
})

describe('coordinates the commerce seed writes', () => {
  it("gives each anchored experience product its heritage site's coordinates as origin", () => {
    for (const experience of readExperiences()) {
      const point = anchors('experience', experience.id)
      const product = toHoaBanProduct(
        {
          id: 'prod_x',
          handle: experience.id,
          title: experience.name_vi,
          updated_at: new Date(0),
          metadata: { kind: 'experience', ...originMetadata(point) },
        },
        { availability: {}, ocop: null, cooperative: null },
      )
      const row = rows.find((r) => r.kind === 'experience' && r.id === experience.id)
      const site = row?.heritage_id ? siteOf(row.heritage_id) : undefined

      expect(product.origin_place.lat, experience.id).toBe(site?.lat ?? undefined)
      expect(product.origin_place.lng, experience.id).toBe(site?.lng ?? undefined)
    }
    expect(anchors('experience', 'a1-soldier-life')).toMatchObject(siteOf('doi-a1')!)
  })

  it("gives each anchored cooperative its heritage site's coordinates, others none", () => {
    for (const coop of readCooperatives()) {
      const row = rows.find((r) => r.kind === 'cooperative' && r.id === coop.id)
      const metadata = cooperativePointMetadata(anchors('cooperative', coop.id))
      const site = row?.heritage_id ? siteOf(row.heritage_id) : undefined

      expect(metadata.lat, coop.id).toBe(site?.lat ?? undefined)
      expect(lacksPoint(metadata, ['lat', 'lng']), coop.id).toBe(site === undefined)
    }
    expect(anchors('cooperative', 'homestay-phuong-duc')).toMatchObject(
      siteOf('so-chi-huy-muong-phang')!,
    )
  })
})
