import { beforeAll, describe, expect, inject, it } from 'vitest'
import { adminToken, call, sql } from '../helpers/api'

type Notice = { secret: string; body: Record<string, string> }

async function received(): Promise<Notice[]> {
  return (await fetch(`${inject('searchUrl')}/__received`)).json()
}

async function waitFor(check: () => Promise<boolean>, ms = 15_000): Promise<boolean> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 250))
  }

  return false
}

describe('search notifications', () => {
  let token: string
  let productId: string

  beforeAll(async () => {
    token = await adminToken()
    const [row] = await sql(`select id from product where handle = 'mien-dong-hong-phuoc'`)
    productId = row.id
  })

  it('tells the indexer about a product change, per tenant, with the shared secret', async () => {
    const reply = await call('POST', `/admin/products/${productId}`, {
      token,
      body: { subtitle: 'Hồng Phước glass noodles (updated)' },
    })
    expect(reply.status).toBe(200)

    const seen = await waitFor(async () =>
      (await received()).some((n) => n.body.id === productId && n.body.tenant === 'dien-bien-phu'),
    )
    expect(seen).toBe(true)
    const notices = (await received()).filter((n) => n.body.id === productId)
    expect(notices.find((n) => n.body.tenant === 'dien-bien-phu')).toMatchObject({
      secret: 'indexer-secret-for-tests',
      body: { source: 'commerce', kind: 'product', op: 'upsert' },
    })
    expect(notices.find((n) => n.body.tenant === 'muong-phang')?.body.op).toBe('delete')
  })

  it('never fails the save when the indexer is down', async () => {
    await fetch(`${inject('searchUrl')}/__fail`, { method: 'POST', body: 'on' })
    try {
      const reply = await call('POST', `/admin/products/${productId}`, {
        token,
        body: { subtitle: 'saved while search is down' },
      })
      expect(reply.status).toBe(200)
      const [row] = await sql(`select subtitle from product where id = $1`, [productId])
      expect(row.subtitle).toBe('saved while search is down')
    } finally {
      await fetch(`${inject('searchUrl')}/__fail`, { method: 'POST', body: 'off' })
    }
  })
})

describe('daily OCOP expiry check', () => {
  it('records expired certificates and lists those expiring within 90 days (admins only)', async () => {
    const certOf = async (handle: string) =>
      (
        await sql(
          `select oc.id, oc.status from ocop_certificate oc
           join product_product_ocop_ocop_certificate pc on pc.ocop_certificate_id = oc.id
           join product p on p.id = pc.product_id where p.handle = $1`,
          [handle],
        )
      )[0]
    const expired = await certOf('thao-qua-say')
    const soon = await certOf('mac-ca-dien-bien')
    await sql(
      `update ocop_certificate set issued_at = now() - interval '37 months',
       expires_at = now() - interval '1 month' where id = $1`,
      [expired.id],
    )
    await sql(
      `update ocop_certificate set issued_at = now() - interval '35 months',
       expires_at = now() + interval '30 days' where id = $1`,
      [soon.id],
    )

    expect((await call('POST', '/admin/ocop/expiry-check')).status).toBe(401)
    const reply = await call('POST', '/admin/ocop/expiry-check', { token: await adminToken() })

    expect(reply.status).toBe(200)
    expect(reply.body.statusChanges).toContainEqual({
      id: expired.id,
      from: 'valid',
      to: 'expired',
    })
    expect(reply.body.expiringSoon.map((c: { id: string }) => c.id)).toContain(soon.id)
    expect((await certOf('thao-qua-say')).status).toBe('expired')
    expect((await certOf('mac-ca-dien-bien')).status).toBe('valid')
  })
})
