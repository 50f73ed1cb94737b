import { describe, expect, it } from 'vitest'
import { hoaBanProductSchema } from '../sources/commerce-client.js'
import { mapCommerceProduct, mapCooperative } from './map-commerce-record.js'

const product = hoaBanProductSchema.parse({
  id: 'prod_01',
  handle: 'ca-phe-bot-ha-chung',
  kind: 'product',
  title: { vi: 'Cà phê bột Hà Chung', en: '' },
  description: { vi: 'Cà phê arabica Mường Ảng rang xay.', en: 'Ground arabica from Mường Ảng.' },
  thumbnail: '/static/ca-phe.webp',
  images: [],
  price_vnd: 150000,
  variants: [{ id: 'v1', title: '500 g', price_vnd: 150000, inventory_quantity: 4 }],
  ocop: {
    stars: 4,
    status: 'valid',
    group: 'beverage',
    certificate_number: 'OCOP-12',
    issued_at: '2025-01-01',
    expires_at: '2028-01-01',
  },
  cooperative: {
    handle: 'co-so-ca-phe-ha-chung',
    name: { vi: 'Cơ sở cà phê Hà Chung', en: 'Hà Chung Coffee' },
  },
  origin_place: { commune: 'Mường Ảng', lat: 21.52, lng: 103.22 },
  tenant_slugs: ['dien-bien-phu'],
  updated_at: '2026-11-20T01:02:03.000Z',
})

describe('mapCommerceProduct', () => {
  it('maps a product with its OCOP certificate, price in đồng and origin', () => {
    expect(mapCommerceProduct(product, 'vi', 'dien-bien-phu')).toMatchObject({
      id: 'product:prod_01',
      type: 'product',
      source: 'commerce',
      title: 'Cà phê bột Hà Chung',
      url: '/shop/ca-phe-bot-ha-chung',
      price: 150000,
      stars: 4,
      productGroup: 'beverage',
      commune: 'Mường Ảng',
      _geo: { lat: 21.52, lng: 103.22 },
      tags: ['beverage', 'Cơ sở cà phê Hà Chung', 'Mường Ảng', 'product'],
    })
  })

  it('falls back to Vietnamese when the English title is empty', () => {
    const doc = mapCommerceProduct(product, 'en', 'dien-bien-phu')
    expect(doc?.title).toBe('Cà phê bột Hà Chung')
    expect(doc?.summary).toBe('Ground arabica from Mường Ảng.')
  })

  it('never shows stars of an expired certificate', () => {
    const expired = { ...product, ocop: { ...product.ocop, status: 'expired', stars: 4 } }
    expect(mapCommerceProduct(expired, 'vi', 'dien-bien-phu')?.stars).toBeNull()
  })

  it('links experiences to their page and keeps their sessions as dates', () => {
    const experience = {
      ...product,
      kind: 'experience' as const,
      handle: 'muong-ang-coffee',
      ocop: null,
      sessions: [{ starts_at: '2027-01-05T01:00:00.000Z', ends_at: '2027-01-05T05:00:00.000Z' }],
    }
    const doc = mapCommerceProduct(experience, 'en', 'dien-bien-phu')
    expect(doc?.type).toBe('experience')
    expect(doc?.url).toBe('/en/experiences/muong-ang-coffee')
    expect(doc?.dates).toEqual([
      { start: '2027-01-05T01:00:00.000Z', end: '2027-01-05T05:00:00.000Z' },
    ])
  })
})

describe('mapCooperative', () => {
  it('maps a cooperative with its logo', () => {
    const doc = mapCooperative(
      {
        id: 'coop_1',
        handle: 'htx-na-sang-2',
        name: {
          vi: 'Hợp tác xã dệt thổ cẩm Na Sang 2',
          en: 'Na Sang 2 Brocade Weaving Cooperative',
        },
        description: { vi: 'Dệt thổ cẩm Lào.', en: 'Lao brocade.' },
        commune: 'Núa Ngam',
        logo_url: '/static/na-sang.png',
        updated_at: '2026-10-01T00:00:00.000Z',
      },
      'en',
      'dien-bien-phu',
    )
    expect(doc).toMatchObject({
      id: 'cooperative:coop_1',
      type: 'cooperative',
      title: 'Na Sang 2 Brocade Weaving Cooperative',
      url: '/en/cooperatives/htx-na-sang-2',
      image: '/static/na-sang.png',
      commune: 'Núa Ngam',
    })
  })
})
