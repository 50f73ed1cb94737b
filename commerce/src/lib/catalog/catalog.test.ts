import { describe, expect, it } from 'vitest'
import { productTenantSlugs } from './product-tenants'
import { type OcopProductData, readCooperatives, readOcopProducts } from './reference-data'
import { seedPriceVnd } from './seed-price'

const product = (over: Partial<OcopProductData>): OcopProductData => ({
  id: 'x',
  name_vi: 'x',
  name_en: 'x',
  group: 'food',
  stars: 3,
  producer_id: null,
  district_pre2025: null,
  retail_price_vnd: null,
  ...over,
})

describe('reference data', () => {
  it('reads every OCOP product and cooperative from the repository data folder', () => {
    const products = readOcopProducts()
    const cooperatives = readCooperatives()

    expect(products.length).toBe(33)
    expect(cooperatives.length).toBe(19)
    expect(new Set(products.map((p) => p.id)).size).toBe(products.length)
  })
})

describe('seedPriceVnd', () => {
  it('takes the middle of the range, rounded to 1,000 đồng, as an integer', () => {
    expect(seedPriceVnd(product({ retail_price_vnd: { min: 300_000, max: 600_000 } }))).toBe(
      450_000,
    )
    expect(seedPriceVnd(product({ retail_price_vnd: { min: 10_000, max: 25_000 } }))).toBe(18_000)
  })

  it('falls back to the group price when the sources give none', () => {
    expect(seedPriceVnd(product({ group: 'beverage' }))).toBe(180_000)
  })

  it('gives every seeded product a positive whole-đồng price', () => {
    for (const p of readOcopProducts()) {
      const price = seedPriceVnd(p)
      expect(Number.isInteger(price) && price > 0).toBe(true)
    }
  })
})

describe('productTenantSlugs', () => {
  it('always lists the area shop', () => {
    expect(productTenantSlugs(product({ district_pre2025: 'Tủa Chùa' }), undefined)).toEqual([
      'dien-bien-phu',
    ])
  })

  it('adds the tenant whose name appears in the producer commune, diacritics or not', () => {
    const coop = {
      id: 'c',
      name_vi: 'c',
      name_en: 'c',
      type: null,
      district_pre2025: 'TP Điện Biên Phủ',
      commune_pre2025: 'Muong Phang (bản Che Căn)',
      products: [],
    }

    expect(productTenantSlugs(product({}), coop)).toEqual(['dien-bien-phu', 'muong-phang'])
  })
})
