import { beforeAll, describe, expect, inject, it } from 'vitest'
import { call, sql, tenantKey } from '../helpers/api'

describe('GET /store/hoaban/products', () => {
  let key: string

  beforeAll(async () => {
    key = await tenantKey('dien-bien-phu')
  })

  it('lists every seeded OCOP product for the area shop with integer VND prices', async () => {
    const reply = await call('GET', '/store/hoaban/products?limit=100', { key })

    expect(reply.status).toBe(200)
    expect(reply.body.count).toBeGreaterThanOrEqual(33)
    for (const product of reply.body.products) {
      expect(Number.isInteger(product.price_vnd)).toBe(true)
      expect(product.tenant_slugs).toContain('dien-bien-phu')
    }
  })

  it('serves each seeded product a generated image', async () => {
    const reply = await call('GET', '/store/hoaban/products/mat-ong-ban-to-dien-bien', { key })
    const url = new URL(reply.body.product.thumbnail)

    expect(url.pathname).toBe('/hoaban/images/products/mat-ong-ban-to-dien-bien.svg')
    expect(reply.body.product.images).toEqual([reply.body.product.thumbnail])
    const image = await fetch(`${inject('commerceUrl')}${url.pathname}`)
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    expect(await image.text()).toContain('★★★★')
  })

  it('refuses a request without a publishable key and names bad query fields', async () => {
    expect((await call('GET', '/store/hoaban/products')).status).toBe(400)
    const bad = await call('GET', '/store/hoaban/products?stars=7', { key })

    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/^stars/)
  })

  it('shows the certificate and cooperative of a product', async () => {
    const reply = await call('GET', '/store/hoaban/products/mat-ong-ban-to-dien-bien', { key })

    expect(reply.body.product.ocop).toMatchObject({ stars: 4, status: 'valid', group: 'food' })
    expect(reply.body.product.cooperative.handle).toBe('htx-ong-mat-dien-bien')
  })

  it('shows no stars for an expired certificate, and leaves it out of the stars filter', async () => {
    const handle = 'ca-phe-bot-ha-chung'
    const before = await call('GET', '/store/hoaban/products?stars=4&limit=100', { key })
    expect(before.body.products.map((p: { handle: string }) => p.handle)).toContain(handle)

    await sql(
      `update ocop_certificate set issued_at = now() - interval '40 months',
       expires_at = now() - interval '4 months'
       where id = (select pc.ocop_certificate_id from product_product_ocop_ocop_certificate pc
                   join product p on p.id = pc.product_id where p.handle = $1)`,
      [handle],
    )

    const product = await call('GET', `/store/hoaban/products/${handle}`, { key })
    expect(product.body.product.ocop.stars).toBeNull()
    expect(product.body.product.ocop.status).toBe('expired')
    const after = await call('GET', '/store/hoaban/products?stars=4&limit=100', { key })
    expect(after.body.products.map((p: { handle: string }) => p.handle)).not.toContain(handle)
  })

  it('filters by cooperative and group', async () => {
    const byCoop = await call('GET', '/store/hoaban/products?cooperative=cty-huong-linh', { key })
    expect(byCoop.body.count).toBe(4)
    const tea = await call('GET', '/store/hoaban/products?group=beverage&limit=100', { key })
    for (const p of tea.body.products) expect(p.ocop.group).toBe('beverage')
  })
})

describe('GET /store/hoaban/cooperatives', () => {
  it('shows each tenant its cooperatives, never the payout account', async () => {
    const area = await call('GET', '/store/hoaban/cooperatives?limit=100', {
      key: await tenantKey('dien-bien-phu'),
    })
    const commune = await call('GET', '/store/hoaban/cooperatives', {
      key: await tenantKey('muong-phang'),
    })

    expect(area.body.cooperatives.length).toBeGreaterThan(10)
    expect(JSON.stringify(area.body)).not.toContain('payout')
    expect(commune.body.cooperatives.map((c: { handle: string }) => c.handle)).toContain(
      'homestay-phuong-duc',
    )
    const ward = await tenantKey('dien-bien-phu')
    const one = await call('GET', '/store/hoaban/cooperatives/htx-ong-mat-dien-bien', { key: ward })
    // Other test files publish products for this cooperative: count what the shop lists.
    const listed = await call('GET', '/store/hoaban/products?cooperative=htx-ong-mat-dien-bien', {
      key: ward,
    })
    expect(listed.body.count).toBeGreaterThanOrEqual(1)
    expect(one.body.cooperative.product_count).toBe(listed.body.count)
  })
})
