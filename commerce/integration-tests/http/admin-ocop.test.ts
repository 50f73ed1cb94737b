import { beforeAll, describe, expect, it } from 'vitest'
import { adminToken, call, sql, tenantKey } from '../helpers/api'

describe('admin certificate and cooperative of a product', () => {
  let token: string
  let productId: string

  beforeAll(async () => {
    token = await adminToken()
    const [row] = await sql(`select id from product where handle = 'dua-muong-cha'`)
    productId = row.id
  })

  it('gives an uncertified product a certificate expiring 36 months after issue', async () => {
    const before = await call('GET', `/admin/hoaban/products/${productId}/ocop`, { token })
    expect(before.body.certificate).toBeNull()

    const reply = await call('POST', `/admin/hoaban/products/${productId}/ocop`, {
      token,
      body: {
        stars: 3,
        certificate_number: 'QĐ-OCOP-DB-2026-001',
        issuing_level: 'province',
        product_group: 'food',
        issued_at: '2026-01-31',
      },
    })
    expect(reply.status).toBe(200)
    expect(reply.body.certificate.expires_at.slice(0, 10)).toBe('2029-01-31')
    expect(reply.body.certificate.store_view).toMatchObject({ stars: 3, status: 'valid' })

    const store = await call('GET', '/store/hoaban/products/dua-muong-cha', {
      key: await tenantKey('dien-bien-phu'),
    })
    expect(store.body.product.ocop.stars).toBe(3)
  })

  it('refuses 6 stars or an unknown group, naming the field', async () => {
    const reply = await call('POST', `/admin/hoaban/products/${productId}/ocop`, {
      token,
      body: {
        stars: 6,
        certificate_number: 'X',
        issuing_level: 'province',
        product_group: 'food',
        issued_at: '2026-01-31',
      },
    })
    expect(reply.status).toBe(400)
    expect(JSON.stringify(reply.body)).toMatch(/stars/)
  })

  it('moves a product to another cooperative', async () => {
    const [coop] = await sql(`select id from cooperative where handle = 'htx-na-sang-2'`)
    const reply = await call('POST', `/admin/hoaban/products/${productId}/cooperative`, {
      token,
      body: { cooperative_id: coop.id },
    })
    expect(reply.status).toBe(200)
    const store = await call('GET', '/store/hoaban/products/dua-muong-cha', {
      key: await tenantKey('dien-bien-phu'),
    })
    expect(store.body.product.cooperative.handle).toBe('htx-na-sang-2')
  })
})
