import { beforeAll, describe, expect, it } from 'vitest'
import { adminToken, call, sql, tenantKey } from '../helpers/api'
import { completeCart, prepareCart, regionId } from '../helpers/checkout'

/** Ids of the products linked to a cooperative, sorted, as the database holds them. */
async function linkedProductIds(cooperativeHandle: string): Promise<string[]> {
  const rows = await sql<{ id: string }>(
    `select p.id from cooperative_cooperative_product_product cp
     join cooperative c on c.id = cp.cooperative_id
     join product p on p.id = cp.product_id
     where c.handle = $1 and cp.deleted_at is null and p.deleted_at is null`,
    [cooperativeHandle],
  )

  return rows.map((r) => r.id).sort()
}

async function memberToken(cooperativeHandle: string): Promise<string> {
  const reply = await call('POST', '/auth/cooperative_member/emailpass', {
    body: { email: `${cooperativeHandle}@coop.hoaban.local`, password: 'hoaban-demo' },
  })
  if (reply.status !== 200) throw new Error(`member login ${reply.status}`)

  return reply.body.token
}

async function productOf(handle: string): Promise<{ id: string; variantId: string }> {
  const [row] = await sql(
    `select p.id, v.id as variant_id from product p join product_variant v on v.product_id = p.id
     where p.handle = $1 and v.deleted_at is null`,
    [handle],
  )

  return { id: row.id, variantId: row.variant_id }
}

describe('vendor API isolation', () => {
  // Honey cooperative (one product) against Hương Linh (four teas).
  let honey: string
  let tea: string
  let honeyProduct: { id: string; variantId: string }
  let teaProduct: { id: string; variantId: string }
  let mixedOrderId: string

  beforeAll(async () => {
    honey = await memberToken('htx-ong-mat-dien-bien')
    tea = await memberToken('cty-huong-linh')
    honeyProduct = await productOf('mat-ong-ban-to-dien-bien')
    teaProduct = await productOf('diep-thanh-tra-sinh-phinh')

    const key = await tenantKey('dien-bien-phu')
    const cartId = await prepareCart({
      key,
      regionId: await regionId(key),
      items: [
        { variantId: honeyProduct.variantId, quantity: 1 },
        { variantId: teaProduct.variantId, quantity: 2 },
      ],
      providerId: 'pp_cod_cod',
    })
    const placed = await completeCart(key, cartId)
    if (!placed.orderId) throw new Error(`order: ${placed.error}`)
    mixedOrderId = placed.orderId
  })

  it('refuses callers who are not cooperative members', async () => {
    expect((await call('GET', '/vendor/products')).status).toBe(401)
    expect((await call('GET', '/vendor/products', { token: await adminToken() })).status).toBe(401)
  })

  it('GET /vendor/me names the member’s own cooperative', async () => {
    const me = await call('GET', '/vendor/me', { token: honey })
    expect(me.body.cooperative.handle).toBe('htx-ong-mat-dien-bien')
  })

  it('GET /vendor/products lists only the member’s products', async () => {
    const mine = await call('GET', '/vendor/products', { token: honey })
    const theirs = await call('GET', '/vendor/products', { token: tea })

    // Other test files add products to these cooperatives, so the database says what is theirs.
    const ids = (p: { id: string }[]) => p.map((x) => x.id).sort()
    expect(ids(mine.body.products)).toEqual(await linkedProductIds('htx-ong-mat-dien-bien'))
    expect(ids(mine.body.products)).toContain(honeyProduct.id)
    expect(ids(theirs.body.products)).toEqual(await linkedProductIds('cty-huong-linh'))
    expect(theirs.body.products.map((p: { id: string }) => p.id)).not.toContain(honeyProduct.id)
  })

  it('GET /vendor/products/:id answers 404 for another cooperative’s product', async () => {
    expect((await call('GET', `/vendor/products/${teaProduct.id}`, { token: honey })).status).toBe(
      404,
    )
    expect(
      (await call('GET', `/vendor/products/${honeyProduct.id}`, { token: honey })).status,
    ).toBe(200)
  })

  it('POST /vendor/products/:id cannot change another cooperative’s product', async () => {
    const attempt = await call('POST', `/vendor/products/${teaProduct.id}`, {
      token: honey,
      body: { title: 'hijacked' },
    })
    expect(attempt.status).toBe(404)
    const [row] = await sql(`select title from product where id = $1`, [teaProduct.id])
    expect(row.title).not.toBe('hijacked')

    const own = await call('POST', `/vendor/products/${honeyProduct.id}`, {
      token: honey,
      body: { subtitle: 'Forest honey from Sam Mứn' },
    })
    expect(own.status).toBe(200)
    expect(own.body.product.subtitle).toBe('Forest honey from Sam Mứn')
  })

  it('POST /vendor/products/:id/variants/:variant_id cannot reprice or restock another’s', async () => {
    const [before] = await sql(
      `select pr.amount from product_variant_price_set pvps join price pr on pr.price_set_id = pvps.price_set_id
       where pvps.variant_id = $1 and pr.deleted_at is null`,
      [teaProduct.variantId],
    )
    const viaOwnProduct = await call(
      'POST',
      `/vendor/products/${honeyProduct.id}/variants/${teaProduct.variantId}`,
      { token: honey, body: { price_vnd: 1000, stock: 0 } },
    )
    const direct = await call(
      'POST',
      `/vendor/products/${teaProduct.id}/variants/${teaProduct.variantId}`,
      { token: honey, body: { price_vnd: 1000, stock: 0 } },
    )
    expect(viaOwnProduct.status).toBe(404)
    expect(direct.status).toBe(404)
    const [after] = await sql(
      `select pr.amount from product_variant_price_set pvps join price pr on pr.price_set_id = pvps.price_set_id
       where pvps.variant_id = $1 and pr.deleted_at is null`,
      [teaProduct.variantId],
    )
    expect(after.amount).toBe(before.amount)

    const own = await call(
      'POST',
      `/vendor/products/${honeyProduct.id}/variants/${honeyProduct.variantId}`,
      { token: honey, body: { price_vnd: 460_000, stock: 42 } },
    )
    expect(own.status).toBe(200)
    expect(own.body.product.variants[0]).toMatchObject({ price_vnd: 460_000, stocked_quantity: 42 })
    const bad = await call(
      'POST',
      `/vendor/products/${honeyProduct.id}/variants/${honeyProduct.variantId}`,
      { token: honey, body: { price_vnd: 10.5 } },
    )
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toMatch(/price_vnd/)
  })

  it('POST /vendor/products creates a draft owned by the member’s cooperative only', async () => {
    const created = await call('POST', '/vendor/products', {
      token: honey,
      body: { title: 'Phấn hoa Sam Mứn', handle: 'phan-hoa-sam-mun', price_vnd: 250_000, stock: 7 },
    })
    expect(created.status).toBe(201)
    expect(created.body.product).toMatchObject({ status: 'draft', handle: 'phan-hoa-sam-mun' })
    expect(created.body.product.variants[0]).toMatchObject({
      price_vnd: 250_000,
      stocked_quantity: 7,
    })
    const id = created.body.product.id
    expect((await call('GET', `/vendor/products/${id}`, { token: tea })).status).toBe(404)
    const listed = (await call('GET', '/vendor/products', { token: honey })).body.products
    expect(listed.map((p: { id: string }) => p.id)).toContain(id)
    expect(await linkedProductIds('htx-ong-mat-dien-bien')).toContain(id)
    expect(await linkedProductIds('cty-huong-linh')).not.toContain(id)
  })

  it('GET /vendor/orders shows each cooperative only its own lines of a shared order', async () => {
    const mine = await call('GET', '/vendor/orders', { token: honey })
    const theirs = await call('GET', '/vendor/orders', { token: tea })
    const myOrder = mine.body.orders.find((o: { id: string }) => o.id === mixedOrderId)
    const theirOrder = theirs.body.orders.find((o: { id: string }) => o.id === mixedOrderId)

    expect(myOrder.items.map((i: { product_id: string }) => i.product_id)).toEqual([
      honeyProduct.id,
    ])
    expect(theirOrder.items.map((i: { product_id: string }) => i.product_id)).toEqual([
      teaProduct.id,
    ])
    expect(theirOrder.items[0].quantity).toBe(2)
  })

  it('GET /vendor/orders/:id answers 404 for an order without the member’s products', async () => {
    const other = await memberToken('htx-hong-phuoc')
    expect((await call('GET', `/vendor/orders/${mixedOrderId}`, { token: other })).status).toBe(404)
    const own = await call('GET', `/vendor/orders/${mixedOrderId}`, { token: honey })
    expect(own.status).toBe(200)
    expect(own.body.order.items).toHaveLength(1)
  })
})
