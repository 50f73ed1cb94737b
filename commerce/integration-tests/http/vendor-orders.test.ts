import { beforeAll, describe, expect, inject, it } from 'vitest'
import { adminToken, call, sql, tenantKey } from '../helpers/api'
import { createTestProduct } from '../helpers/catalog'
import { completeCart, prepareCart, regionId } from '../helpers/checkout'

async function memberToken(cooperativeHandle: string): Promise<string> {
  const reply = await call('POST', '/auth/cooperative_member/emailpass', {
    body: { email: `${cooperativeHandle}@coop.hoaban.local`, password: 'hoaban-demo' },
  })
  if (reply.status !== 200) throw new Error(`member login ${reply.status}`)

  return reply.body.token
}

async function variantOf(handle: string): Promise<{ productId: string; variantId: string }> {
  const [row] = await sql(
    `select p.id, v.id as variant_id from product p join product_variant v on v.product_id = p.id
     where p.handle = $1 and v.deleted_at is null order by v.created_at limit 1`,
    [handle],
  )

  return { productId: row.id, variantId: row.variant_id }
}

async function placeOrder(
  key: string,
  items: { variantId: string; quantity: number }[],
  providerId: string,
): Promise<string> {
  const cartId = await prepareCart({ key, regionId: await regionId(key), items, providerId })
  const placed = await completeCart(key, cartId)
  if (!placed.orderId) throw new Error(`order: ${placed.error}`)

  return placed.orderId
}

async function paymentOf(orderId: string): Promise<{ captured_at: Date | null; captures: number }> {
  const [row] = await sql(
    `select p.captured_at, (select count(*)::int from capture c where c.payment_id = p.id
       and c.deleted_at is null) as captures
     from order_payment_collection opc join payment p
       on p.payment_collection_id = opc.payment_collection_id
     where opc.order_id = $1 and p.deleted_at is null`,
    [orderId],
  )

  return row
}

type Item = { id: string; product_id: string; quantity: number; fulfilment: string }

describe('vendor orders: fulfilment and payment collection', () => {
  let key: string
  let honey: string
  let tea: string
  let stranger: string
  let honeyProduct: { productId: string; variantId: string }
  let teaProduct: { productId: string; variantId: string }
  let orderId: string

  beforeAll(async () => {
    key = await tenantKey('dien-bien-phu')
    ;[honey, tea, stranger] = await Promise.all([
      memberToken('htx-ong-mat-dien-bien'),
      memberToken('cty-huong-linh'),
      memberToken('htx-hong-phuoc'),
    ])
    honeyProduct = await variantOf('mat-ong-ban-to-dien-bien')
    teaProduct = await variantOf('diep-thanh-tra-sinh-phinh')
    orderId = await placeOrder(
      key,
      [
        { variantId: honeyProduct.variantId, quantity: 1 },
        { variantId: teaProduct.variantId, quantity: 2 },
      ],
      'pp_cod_cod',
    )
  })

  it('shows each cooperative only its own lines, with where to send them and how it is paid', async () => {
    const mine = await call('GET', `/vendor/orders/${orderId}`, { token: honey })
    const theirs = await call('GET', `/vendor/orders/${orderId}`, { token: tea })

    expect(mine.status).toBe(200)
    const order = mine.body.order
    expect(order.items.map((i: Item) => i.product_id)).toEqual([honeyProduct.productId])
    expect(theirs.body.order.items.map((i: Item) => i.product_id)).toEqual([teaProduct.productId])
    expect(order.items[0].fulfilment).toBe('unfulfilled')
    expect(order.email).toMatch(/^buyer-.*@example\.vn$/)
    expect(order.shipping_address).toMatchObject({
      first_name: 'Lò',
      last_name: 'Văn Khách',
      phone: '0900000000',
      city: 'Điện Biên',
      country_code: 'vn',
    })
    expect(order.shipping_method).toMatch(/Home delivery/)
    expect(order.payment).toEqual({ provider: 'cod', status: 'awaiting', received_at: null })
    const [line] = await sql(`select unit_price from order_line_item where id = $1`, [
      order.items[0].id,
    ])
    expect(order.total_vnd).toBe(Number(line.unit_price))
    expect(theirs.body.order.total_vnd).toBe(2 * theirs.body.order.items[0].unit_price_vnd)

    const listed = await call('GET', '/vendor/orders?status=to_ship', { token: honey })
    expect(listed.body.orders.map((o: { id: string }) => o.id)).toContain(orderId)
    const bad = await call('GET', '/vendor/orders?status=shipped', { token: honey })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/^status:/)
  })

  it('another cooperative gets 404 on the order in every route, and nothing changes', async () => {
    const [honeyItem] = (await call('GET', `/vendor/orders/${orderId}`, { token: honey })).body
      .order.items as Item[]

    const read = await call('GET', `/vendor/orders/${orderId}`, { token: stranger })
    const fulfil = await call('POST', `/vendor/orders/${orderId}/fulfilments`, {
      token: stranger,
      body: { item_ids: [honeyItem?.id], kind: 'shipped' },
    })
    const paid = await call('POST', `/vendor/orders/${orderId}/payment-received`, {
      token: stranger,
    })
    const list = await call('GET', '/vendor/orders?status=all&limit=100', { token: stranger })

    expect([read.status, fulfil.status, paid.status]).toEqual([404, 404, 404])
    expect(list.body.orders.map((o: { id: string }) => o.id)).not.toContain(orderId)
    const [row] = await sql(
      `select oi.fulfilled_quantity from order_item oi join "order" o
       on o.id = oi.order_id and o.version = oi.version where oi.item_id = $1`,
      [honeyItem?.id],
    )
    expect(Number(row.fulfilled_quantity)).toBe(0)
    expect(
      await sql(`select id from cooperative_payment_receipt where order_id = $1`, [orderId]),
    ).toHaveLength(0)
  })

  it('fulfils only own lines: another’s line is 404, a second fulfilment 400; counts follow', async () => {
    const before = (await call('GET', '/vendor/dashboard', { token: honey })).body
    const honeyItem = (await call('GET', `/vendor/orders/${orderId}`, { token: honey })).body.order
      .items[0] as Item
    const teaItem = (await call('GET', `/vendor/orders/${orderId}`, { token: tea })).body.order
      .items[0] as Item

    const foreign = await call('POST', `/vendor/orders/${orderId}/fulfilments`, {
      token: honey,
      body: { item_ids: [teaItem.id], kind: 'shipped' },
    })
    expect(foreign.status).toBe(404)
    const mixed = await call('POST', `/vendor/orders/${orderId}/fulfilments`, {
      token: honey,
      body: { item_ids: [honeyItem.id, teaItem.id], kind: 'shipped' },
    })
    expect(mixed.status).toBe(404)
    const noKind = await call('POST', `/vendor/orders/${orderId}/fulfilments`, {
      token: honey,
      body: { item_ids: [honeyItem.id] },
    })
    expect(noKind.status).toBe(400)
    expect(JSON.stringify(noKind.body)).toMatch(/kind/)

    const shipped = await call('POST', `/vendor/orders/${orderId}/fulfilments`, {
      token: honey,
      body: { item_ids: [honeyItem.id], kind: 'shipped', tracking_number: 'VN123456789' },
    })
    expect(shipped.status).toBe(200)
    expect(shipped.body.order.items[0]).toMatchObject({ id: honeyItem.id, fulfilment: 'shipped' })
    const labels = await sql(
      `select l.tracking_number, f.shipped_at from fulfillment_label l
       join fulfillment f on f.id = l.fulfillment_id
       join order_fulfillment ofl on ofl.fulfillment_id = f.id where ofl.order_id = $1`,
      [orderId],
    )
    expect(labels).toHaveLength(1)
    expect(labels[0].tracking_number).toBe('VN123456789')
    expect(labels[0].shipped_at).not.toBeNull()

    const again = await call('POST', `/vendor/orders/${orderId}/fulfilments`, {
      token: honey,
      body: { item_ids: [honeyItem.id], kind: 'ready_for_pickup' },
    })
    expect(again.status).toBe(400)
    expect(again.body.message).toMatch(/already fulfilled/)

    const after = (await call('GET', '/vendor/dashboard', { token: honey })).body
    expect(after.orders_to_ship).toBe(before.orders_to_ship - 1)
    const toShip = await call('GET', '/vendor/orders?status=to_ship&limit=100', { token: honey })
    expect(toShip.body.orders.map((o: { id: string }) => o.id)).not.toContain(orderId)

    const teaView = await call('GET', `/vendor/orders/${orderId}`, { token: tea })
    expect(teaView.body.order.items[0].fulfilment).toBe('unfulfilled')
    const pickup = await call('POST', `/vendor/orders/${orderId}/fulfilments`, {
      token: tea,
      body: { item_ids: [teaItem.id], kind: 'ready_for_pickup' },
    })
    expect(pickup.status).toBe(200)
    expect(pickup.body.order.items[0].fulfilment).toBe('ready_for_pickup')
  })

  it('captures the payment only once both cooperatives have marked it received', async () => {
    const before = (await call('GET', '/vendor/dashboard', { token: honey })).body

    const first = await call('POST', `/vendor/orders/${orderId}/payment-received`, {
      token: honey,
    })
    expect(first.status).toBe(200)
    expect(first.body.order.payment.status).toBe('received')
    expect(first.body.order.payment.received_at).toEqual(expect.any(String))
    expect((await paymentOf(orderId)).captured_at).toBeNull()
    const after = (await call('GET', '/vendor/dashboard', { token: honey })).body
    expect(after.payments_to_collect).toBe(before.payments_to_collect - 1)
    const teaView = await call('GET', `/vendor/orders/${orderId}`, { token: tea })
    expect(teaView.body.order.payment.status).toBe('awaiting')

    const [second, repeat] = await Promise.all([
      call('POST', `/vendor/orders/${orderId}/payment-received`, { token: tea }),
      call('POST', `/vendor/orders/${orderId}/payment-received`, { token: honey }),
    ])
    expect([second.status, repeat.status]).toEqual([200, 200])
    expect(second.body.order.payment.status).toBe('captured')
    const payment = await paymentOf(orderId)
    expect(payment.captured_at).not.toBeNull()
    expect(payment.captures).toBe(1)
    const receipts = await sql(
      `select cooperative_id from cooperative_payment_receipt where order_id = $1`,
      [orderId],
    )
    expect(receipts).toHaveLength(2)
  })

  it('refuses to mark a card-paid order received', async () => {
    const cartId = await prepareCart({
      key,
      regionId: await regionId(key),
      items: [{ variantId: honeyProduct.variantId, quantity: 1 }],
      providerId: 'pp_stripe_stripe',
    })
    const [session] = await sql(
      `select ps.data from cart_payment_collection cpc join payment_session ps
       on ps.payment_collection_id = cpc.payment_collection_id where cpc.cart_id = $1`,
      [cartId],
    )
    await fetch(`${inject('stripeUrl')}/__pay/${session.data.id}`, { method: 'POST' })
    const placed = await completeCart(key, cartId)
    if (!placed.orderId) throw new Error(`stripe order: ${placed.error}`)

    const reply = await call('POST', `/vendor/orders/${placed.orderId}/payment-received`, {
      token: honey,
    })

    expect(reply.status).toBe(400)
    expect(reply.body.message).toMatch(/^payment: paid by stripe/)
    const order = await call('GET', `/vendor/orders/${placed.orderId}`, { token: honey })
    expect(order.body.order.payment.provider).toBe('stripe')
    expect(
      await sql(`select id from cooperative_payment_receipt where order_id = $1`, [placed.orderId]),
    ).toHaveLength(0)
  })

  it('splits an order-wide discount between the cooperatives’ own-line totals', async () => {
    const promo = await call('POST', '/admin/promotions', {
      token: await adminToken(),
      body: {
        code: 'PORTALSPLIT',
        type: 'standard',
        status: 'active',
        is_automatic: false,
        application_method: {
          type: 'fixed',
          target_type: 'order',
          allocation: 'across',
          value: 40_000,
          currency_code: 'vnd',
        },
      },
    })
    expect(promo.status).toBe(200)
    const cartId = await prepareCart({
      key,
      regionId: await regionId(key),
      items: [
        { variantId: honeyProduct.variantId, quantity: 1 },
        { variantId: teaProduct.variantId, quantity: 1 },
      ],
      promoCodes: ['PORTALSPLIT'],
      providerId: 'pp_cod_cod',
    })
    const placed = await completeCart(key, cartId)
    if (!placed.orderId) throw new Error(`order: ${placed.error}`)

    const mine = (await call('GET', `/vendor/orders/${placed.orderId}`, { token: honey })).body
      .order
    const theirs = (await call('GET', `/vendor/orders/${placed.orderId}`, { token: tea })).body
      .order
    const gross = mine.items[0].unit_price_vnd + theirs.items[0].unit_price_vnd

    expect(mine.total_vnd).toBeLessThan(mine.items[0].unit_price_vnd)
    expect(theirs.total_vnd).toBeLessThan(theirs.items[0].unit_price_vnd)
    expect(mine.total_vnd + theirs.total_vnd).toBe(gross - 40_000)
  })

  it('captures a VietQR order of one cooperative as soon as that cooperative marks it', async () => {
    const vietqrOrder = await placeOrder(
      key,
      [{ variantId: honeyProduct.variantId, quantity: 1 }],
      'pp_vietqr_vietqr',
    )
    const before = await call('GET', `/vendor/orders/${vietqrOrder}`, { token: honey })
    expect(before.body.order.payment).toMatchObject({ provider: 'vietqr', status: 'awaiting' })

    const marked = await call('POST', `/vendor/orders/${vietqrOrder}/payment-received`, {
      token: honey,
    })

    expect(marked.status).toBe(200)
    expect(marked.body.order.payment.status).toBe('captured')
    expect((await paymentOf(vietqrOrder)).captures).toBe(1)
  })
})

describe('vendor dashboard: certificates and approvals', () => {
  it('lists own certificates expiring within 90 days and own pending approvals, no one else’s', async () => {
    const [honey, tea] = await Promise.all([
      memberToken('htx-ong-mat-dien-bien'),
      memberToken('cty-huong-linh'),
    ])
    const token = await adminToken()
    const [coop] = await sql(`select id from cooperative where handle = 'htx-ong-mat-dien-bien'`)
    const product = await createTestProduct({
      handle: 'dashboard-honey',
      priceVnd: 90_000,
      stock: 3,
    })
    const linked = await call('POST', `/admin/hoaban/products/${product.productId}/cooperative`, {
      token,
      body: { cooperative_id: coop.id },
    })
    expect(linked.status).toBe(200)
    // Issued 36 months less 40 days ago: it expires in about 40 days.
    const issued = new Date()
    issued.setUTCMonth(issued.getUTCMonth() - 36)
    issued.setUTCDate(issued.getUTCDate() + 40)
    const certified = await call('POST', `/admin/hoaban/products/${product.productId}/ocop`, {
      token,
      body: {
        stars: 4,
        certificate_number: 'DASHBOARD-TEST-01',
        issuing_level: 'province',
        product_group: 'food',
        issued_at: issued.toISOString().slice(0, 10),
      },
    })
    expect(certified.status).toBe(200)
    await sql(
      `insert into product_approval (id, kind, status, product_id, cooperative_id, tenant_slug,
       created_at, updated_at) values ('appr_dashboard_test', 'new_product', 'pending', $1, $2,
       'dien-bien-phu', now(), now())`,
      [product.productId, coop.id],
    )

    const mine = (await call('GET', '/vendor/dashboard', { token: honey })).body
    const theirs = (await call('GET', '/vendor/dashboard', { token: tea })).body

    const expiring = mine.certificates_expiring.find(
      (c: { product_id: string }) => c.product_id === product.productId,
    )
    expect(expiring).toMatchObject({
      product_title: 'Test dashboard-honey',
      certificate_number: 'DASHBOARD-TEST-01',
      expires_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    })
    expect(expiring.days_left).toBeGreaterThanOrEqual(38)
    expect(expiring.days_left).toBeLessThanOrEqual(41)
    expect(mine.pending_approvals).toContainEqual({
      id: 'appr_dashboard_test',
      kind: 'new_product',
      product_id: product.productId,
      product_title: 'Test dashboard-honey',
      created_at: expect.any(String),
    })
    const theirProducts = [...theirs.certificates_expiring, ...theirs.pending_approvals].map(
      (c: { product_id: string }) => c.product_id,
    )
    expect(theirProducts).not.toContain(product.productId)
  })
})
