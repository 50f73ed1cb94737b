import { describe, expect, it } from 'vitest'

import { mapHeritageItem } from './map-heritage-item'
import { heritageItemSchema, readDataFile } from './read-reference-data'

const items = readDataFile('heritage.json', heritageItemSchema)

describe('mapHeritageItem', () => {
  it('maps every heritage item of data/ to a kind, a slug and both locales', () => {
    expect(items.length).toBeGreaterThan(20)
    for (const item of items) {
      const seed = mapHeritageItem(item)
      expect(seed.shared.slug).toBe(item.id)
      expect(seed.locales.vi.title).toBe(item.name_vi)
      expect(seed.locales.en.title).toBe(item.name_en)
    }
  })

  it('puts Mường Phăng sites under muong-phang and the rest under dien-bien-phu', () => {
    const byId = new Map(items.map((item) => [item.id, mapHeritageItem(item)]))
    expect(byId.get('so-chi-huy-muong-phang')?.tenantSlug).toBe('muong-phang')
    expect(byId.get('doi-a1')?.tenantSlug).toBe('dien-bien-phu')
    expect(byId.get('bao-tang-chien-thang')?.shared.kind).toBe('museum')
  })

  it('keeps integer ticket prices in đồng and the lat/lng as numbers', () => {
    const a1 = items.find((item) => item.id === 'doi-a1')
    expect(a1).toBeDefined()
    const seed = mapHeritageItem(a1!)
    expect(seed.shared.ticketPriceVnd).toBe(20000)
    expect(seed.shared.location).toMatchObject({ lat: 21.3838, lng: 103.0226 })
  })
})
