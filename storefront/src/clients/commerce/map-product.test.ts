import { describe, expect, it } from 'vitest'
import { env } from '@/config/env'
import { mapHoaBanProduct } from './map-product'
import { HoaBanProduct } from './schemas'

const raw = HoaBanProduct.parse({
  id: 'prod_1',
  handle: 'ca-phe-muong-ang',
  kind: 'product',
  title: { vi: 'Cà phê Mường Ảng', en: 'Mường Ảng coffee' },
  description: { vi: 'Cà phê arabica', en: '' },
  thumbnail: null,
  // Wherever commerce runs (the test stack may use other ports), its files come through /commerce.
  images: [new URL('/static/a.jpg', env().COMMERCE_URL).toString()],
  price_vnd: 150000,
  variants: [{ id: 'v1', title: '500 g', price_vnd: 150000, inventory_quantity: 12 }],
  ocop: {
    stars: 4,
    status: 'valid',
    group: 'beverage',
    certificate_number: '123/QĐ-UBND',
    issued_at: '2024-01-02',
    expires_at: '2027-01-02',
  },
  cooperative: { handle: 'htx-a', name: { vi: 'HTX A', en: 'A Cooperative' } },
  origin_place: { commune: 'Mường Ảng', lat: 21.5, lng: 103.2 },
  tenant_slugs: ['dien-bien-phu'],
  updated_at: '2026-12-03T00:00:00Z',
})

describe('mapHoaBanProduct', () => {
  it('picks the locale and falls back to Vietnamese where English is blank', () => {
    const product = mapHoaBanProduct(raw, 'en')
    expect(product.title).toBe('Mường Ảng coffee')
    expect(product.description).toBe('Cà phê arabica')
    expect(product.cooperative).toEqual({ handle: 'htx-a', name: 'A Cooperative' })
  })

  it('keeps prices as whole đồng and uses the first image as thumbnail', () => {
    const product = mapHoaBanProduct(raw, 'vi')
    expect(product.priceVnd).toBe(150000)
    expect(product.variants[0]).toEqual({
      id: 'v1',
      title: '500 g',
      priceVnd: 150000,
      inventoryQuantity: 12,
    })
    expect(product.thumbnail?.url).toBe('/commerce/static/a.jpg')
    expect(product.origin.location).toEqual({ lat: 21.5, lng: 103.2 })
  })

  it('never shows stars for a certificate that is not valid, whatever upstream sent', () => {
    const expired = HoaBanProduct.parse({
      ...raw,
      ocop: { ...raw.ocop, status: 'expired', stars: 4 },
    })
    expect(mapHoaBanProduct(expired, 'vi').ocop?.stars).toBeNull()
    expect(mapHoaBanProduct(raw, 'vi').ocop?.stars).toBe(4)
  })
})
