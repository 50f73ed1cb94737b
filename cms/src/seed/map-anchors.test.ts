import { describe, expect, it } from 'vitest'

import { mapFestivalItem, festivalItemSchema } from './map-festival-item'
import { type MapAnchor, mapAnchorSchema, readMapAnchors, resolveAnchors } from './map-anchors'
import {
  cooperativeItemSchema,
  experienceItemSchema,
  mapCooperativeVillage,
  mapExperiencePlace,
} from './map-place-items'
import { heritageItemSchema, readDataFile } from './read-reference-data'

const anchors = readDataFile('map-anchors.json', mapAnchorSchema)
const heritage = readDataFile('heritage.json', heritageItemSchema)
const experiences = readDataFile('experiences.json', experienceItemSchema)
const festivals = readDataFile('festivals.json', festivalItemSchema)
const cooperatives = readDataFile('cooperatives.json', cooperativeItemSchema)
const idsOf = { experience: experiences, festival: festivals, cooperative: cooperatives }
const lookup = readMapAnchors()

describe('data/map-anchors.json', () => {
  it('lists every experience, festival and cooperative of data/ exactly once', () => {
    for (const [kind, items] of Object.entries(idsOf)) {
      const listed = anchors.filter((anchor) => anchor.kind === kind).map((anchor) => anchor.id)
      expect([...listed].sort()).toEqual(items.map((item) => item.id).sort())
    }
  })

  it('anchors only to heritage sites that have coordinates, and says so in the note', () => {
    const sites = new Map(heritage.map((site) => [site.id, site.location]))
    const located = anchors.filter((anchor) => anchor.heritage_id !== null)
    expect(located.length).toBeGreaterThan(0)
    for (const anchor of anchors) {
      if (anchor.heritage_id === null) {
        expect(anchor.note, anchor.id).toMatch(/^unlocated: /)
        continue
      }
      expect(anchor.note, anchor.id).toMatch(/^approximate: /)
      expect(sites.get(anchor.heritage_id)?.lat, anchor.heritage_id).toEqual(expect.any(Number))
      expect(sites.get(anchor.heritage_id)?.lng, anchor.heritage_id).toEqual(expect.any(Number))
    }
  })
})

describe('resolveAnchors', () => {
  const sites = [
    { id: 'a', location: { lat: 21.1, lng: 103.1 } },
    { id: 'b', location: { lat: null, lng: null } },
  ]
  const row = (over: Partial<MapAnchor>): MapAnchor => ({
    kind: 'experience',
    id: 'x',
    heritage_id: 'a',
    note: 'approximate: at a',
    ...over,
  })

  it("gives an item its heritage site's coordinates and nothing to an unlocated one", () => {
    const resolve = resolveAnchors([row({}), row({ id: 'y', heritage_id: null })], sites)
    expect(resolve('experience', 'x')).toEqual({
      heritageId: 'a',
      lat: 21.1,
      lng: 103.1,
      note: 'approximate: at a',
    })
    expect(resolve('experience', 'y')).toBeNull()
    expect(resolve('festival', 'x')).toBeNull()
  })

  it('refuses an anchor to a site without coordinates, or to a missing one, naming the row', () => {
    expect(() => resolveAnchors([row({ heritage_id: 'b' })], sites)).toThrow(/experience:x.*b/)
    expect(() => resolveAnchors([row({ heritage_id: 'zz' })], sites)).toThrow(/zz/)
  })

  it('refuses an item listed twice', () => {
    expect(() => resolveAnchors([row({}), row({})], sites)).toThrow(/twice/)
  })
})

describe('seeded places and festivals', () => {
  const siteById = new Map(heritage.map((site) => [site.id, site.location]))

  it("puts each experience place at its anchor's coordinates, or nowhere when unlocated", () => {
    for (const item of experiences) {
      const anchor = lookup('experience', item.id)
      const place = mapExperiencePlace(item, anchor)
      const site = anchor ? siteById.get(anchor.heritageId) : undefined
      expect(place.shared.location.lat, item.id).toBe(site?.lat ?? undefined)
      expect(place.shared.location.lng, item.id).toBe(site?.lng ?? undefined)
      expect(place.locales.en.coordinatesNote).toBe(anchor?.note)
    }
    expect(mapExperiencePlace(experiences[0]!).shared.location).toEqual({})
  })

  it("puts each cooperative village at its anchor's coordinates", () => {
    const located = cooperatives.flatMap((item) => {
      const anchor = lookup('cooperative', item.id)
      const village = mapCooperativeVillage(item, anchor)
      if (!village || !anchor) return []
      const site = siteById.get(anchor.heritageId)
      expect(village.shared.location).toMatchObject({ lat: site?.lat, lng: site?.lng })

      return [item.id]
    })
    expect(located).toContain('homestay-phuong-duc')
  })

  it('links each anchored festival to the heritage site of its anchor', () => {
    for (const item of festivals) {
      const anchor = lookup('festival', item.id)
      expect(mapFestivalItem(item, anchor).shared.heritageSlug, item.id).toBe(anchor?.heritageId)
    }
    const thanhBanPhu = festivals.find((item) => item.id === 'le-hoi-thanh-ban-phu')!
    expect(mapFestivalItem(thanhBanPhu, lookup('festival', thanhBanPhu.id)).shared).toMatchObject({
      heritageSlug: 'thanh-ban-phu',
    })
  })
})
