import { describe, expect, it } from 'vitest'
import { type ProductRecord, toHoaBanProduct, toVnd } from './hoaban-product'

const record: ProductRecord = {
  id: 'prod_1',
  handle: 'mat-ong',
  title: 'Mật ong',
  subtitle: 'Honey (subtitle)',
  description: 'Mật ong rừng',
  thumbnail: null,
  updated_at: new Date('2026-01-02T03:04:05Z'),
  metadata: { title_en: 'Honey', description_en: 'Forest honey', origin_commune: 'Sam Mứn' },
  images: [
    { url: 'b.webp', rank: 1 },
    { url: 'a.webp', rank: 0 },
  ],
  sales_channels: [
    { id: 'sc_1', metadata: { tenant: 'muong-phang' } },
    { id: 'sc_2', metadata: { tenant: 'dien-bien-phu' } },
    { id: 'sc_3', metadata: null },
  ],
  variants: [
    {
      id: 'v2',
      title: 'Hộp lớn',
      variant_rank: 1,
      prices: [{ amount: '449000', currency_code: 'vnd' }],
    },
    {
      id: 'v1',
      title: 'Hộp nhỏ',
      variant_rank: 0,
      prices: [
        { amount: 10, currency_code: 'usd' },
        { amount: 149000, currency_code: 'vnd' },
      ],
    },
  ],
}

describe('toHoaBanProduct', () => {
  const product = toHoaBanProduct(record, {
    availability: { v1: 5, v2: 0 },
    ocop: null,
    cooperative: null,
  })

  it('keeps VND prices as whole đồng and takes the lowest as the product price', () => {
    expect(product.variants.map((v) => v.price_vnd)).toEqual([149_000, 449_000])
    expect(product.price_vnd).toBe(149_000)
  })

  it('puts stock, both languages, images and tenants in the contract shape', () => {
    expect(product.variants.map((v) => v.inventory_quantity)).toEqual([5, 0])
    expect(product.title).toEqual({ vi: 'Mật ong', en: 'Honey' })
    expect(product.description).toEqual({ vi: 'Mật ong rừng', en: 'Forest honey' })
    expect(product.images).toEqual(['a.webp', 'b.webp'])
    expect(product.thumbnail).toBe('a.webp')
    expect(product.tenant_slugs).toEqual(['dien-bien-phu', 'muong-phang'])
    expect(product.origin_place).toEqual({ commune: 'Sam Mứn' })
    expect(product.kind).toBe('product')
    expect(product.updated_at).toBe('2026-01-02T03:04:05.000Z')
  })
})

// Regression: experiences showed "0 ₫" everywhere, the free infant ticket being the lowest.
describe('the product price of an experience with a free ticket', () => {
  const ticket = (id: string, amount: number) => ({
    id,
    title: id,
    variant_rank: 0,
    prices: [{ amount, currency_code: 'vnd' }],
  })
  const extras = { availability: {}, ocop: null, cooperative: null }

  it('is the lowest paid ticket, and 0 only when every ticket is free', () => {
    const paid = toHoaBanProduct(
      {
        ...record,
        variants: [ticket('infant', 0), ticket('child', 150_000), ticket('adult', 225_000)],
      },
      extras,
    )
    const free = toHoaBanProduct({ ...record, variants: [ticket('infant', 0)] }, extras)

    expect(paid.price_vnd).toBe(150_000)
    expect(free.price_vnd).toBe(0)
  })
})

describe('toVnd', () => {
  it('refuses what is not an amount', () => {
    expect(() => toVnd('abc')).toThrow(/Not an amount/)
    expect(toVnd('447000')).toBe(447_000)
  })
})
