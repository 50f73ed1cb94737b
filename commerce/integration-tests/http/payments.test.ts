import Stripe from 'stripe'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { signVietQrWebhook } from '../../src/lib/vietqr/webhook-signature'
import { call, sql, tenantKey } from '../helpers/api'
import { createTestProduct } from '../helpers/catalog'
import { completeCart, prepareCart, regionId } from '../helpers/checkout'

const VIETQR_SECRET = 'hoaban-dev-vietqr-secret-change-me'

async function sessionOf(cartId: string): Promise<{ id: string; data: Record<string, any> }> {
  const [row] = await sql(
    `select ps.id, ps.data from cart_payment_collection cpc
     join payment_session ps on ps.payment_collection_id = cpc.payment_collection_id
     where cpc.cart_id = $1 and ps.deleted_at is null`,
    [cartId],
  )

  return row
}

async function ordersOf(cartId: string): Promise<string[]> {
  const rows = await sql(`select order_id from order_cart where cart_id = $1`, [cartId])

  return rows.map((r) => r.order_id)
}

async function capturesOf(sessionId: string): Promise<number> {
  const [row] = await sql(
    `select count(c.id)::int as n from payment p join capture c on c.payment_id = p.id
     where p.payment_session_id = $1 and c.deleted_at is null`,
    [sessionId],
  )

  return row.n
}

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (ok(value) || Date.now() > deadline) return value
    await new Promise((r) => setTimeout(r, 250))
  }
}

function postVietQr(body: object, secret = VIETQR_SECRET) {
  const raw = JSON.stringify(body)
  const ts = Math.floor(Date.now() / 1000)

  return fetch(`${inject('commerceUrl')}/hooks/vietqr`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-vietqr-timestamp': String(ts),
      'x-vietqr-signature': signVietQrWebhook(secret, ts, raw),
    },
    body: raw,
  })
}

describe('payments', () => {
  let key: string
  let region: string
  let variantId: string

  beforeAll(async () => {
    key = await tenantKey('dien-bien-phu')
    region = await regionId(key)
    variantId = (await createTestProduct({ handle: 'pay-test', priceVnd: 149_000, stock: 100 }))
      .variantId
  })

  it('places a cash-on-delivery order awaiting collection', async () => {
    const cartId = await prepareCart({
      key,
      regionId: region,
      items: [{ variantId, quantity: 1 }],
      providerId: 'pp_cod_cod',
    })
    const result = await completeCart(key, cartId)

    expect(result.orderId).toBeDefined()
    const [payment] = await sql(
      `select p.amount, p.captured_at from payment p
       join payment_session ps on ps.id = p.payment_session_id
       join cart_payment_collection cpc on cpc.payment_collection_id = ps.payment_collection_id
       where cpc.cart_id = $1`,
      [cartId],
    )
    expect(payment.amount).toBe('179000')
    expect(payment.captured_at).toBeNull()
  })

  it('VietQR: QR for the exact total, order awaits the transfer, a signed notice pays it once', async () => {
    const cartId = await prepareCart({
      key,
      regionId: region,
      items: [{ variantId, quantity: 3 }],
      providerId: 'pp_vietqr_vietqr',
    })
    const session = await sessionOf(cartId)
    expect(session.data.qr_payload).toContain('5406477000')
    expect(session.data.qr_image).toMatch(/^data:image\/png;base64,/)
    const reference: string = session.data.reference

    const result = await completeCart(key, cartId)
    expect(result.orderId).toBeDefined()
    expect(await capturesOf(session.id)).toBe(0)

    const notice = { reference, amount: 477_000, transaction_id: 'FT2612030001' }
    expect((await postVietQr(notice, 'wrong-secret-xyz')).status).toBe(401)
    expect((await postVietQr({ ...notice, amount: 1000 })).status).toBe(400)
    expect(await capturesOf(session.id)).toBe(0)

    const replies = await Promise.all([postVietQr(notice), postVietQr(notice), postVietQr(notice)])
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200])
    expect(await capturesOf(session.id)).toBe(1)
    expect(await ordersOf(cartId)).toHaveLength(1)
  })

  it('Stripe: hands over the VND total unmultiplied; duplicate webhooks racing checkout give one order and one capture', async () => {
    const cartId = await prepareCart({
      key,
      regionId: region,
      items: [{ variantId, quantity: 3 }],
      providerId: 'pp_stripe_stripe',
    })
    const session = await sessionOf(cartId)
    const intentId: string = session.data.id
    const stripeUrl = inject('stripeUrl')
    const state = async () => (await fetch(`${stripeUrl}/__state`)).json()
    const intent = (await state()).intents.find((i: { id: string }) => i.id === intentId)
    expect(intent.amount).toBe(477_000)
    expect(intent.currency).toBe('vnd')

    await fetch(`${stripeUrl}/__pay/${intentId}`, { method: 'POST' })
    const paid = (await state()).intents.find((i: { id: string }) => i.id === intentId)
    const event = {
      id: 'evt_double_1',
      object: 'event',
      type: 'payment_intent.succeeded',
      data: { object: { ...paid, metadata: { session_id: session.id } } },
    }
    const payload = JSON.stringify(event)
    const stripe = new Stripe('sk_test_unused')
    const signature = stripe.webhooks.generateTestHeaderString({
      payload,
      secret: inject('stripeWebhookSecret'),
    })
    const webhook = () =>
      fetch(`${inject('commerceUrl')}/hooks/payment/stripe_stripe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': signature },
        body: payload,
      })

    const [first, checkout, second] = await Promise.all([
      webhook(),
      completeCart(key, cartId),
      webhook(),
    ])
    expect(first.status).toBe(200)
    expect(second.status).toBe(200)
    await webhook()

    const orders = await until(
      () => ordersOf(cartId),
      (o) => o.length > 0,
    )
    expect(orders).toHaveLength(1)
    if (checkout.orderId) expect(checkout.orderId).toBe(orders[0])
    const captures = await until(
      () => capturesOf(session.id),
      (n) => n > 0,
    )
    await new Promise((r) => setTimeout(r, 2000))
    expect(await capturesOf(session.id)).toBe(1)
    expect(captures).toBe(1)
    expect((await state()).captures.filter((id: string) => id === intentId)).toHaveLength(1)
    const [payment] = await sql(`select amount from payment where payment_session_id = $1`, [
      session.id,
    ])
    expect(payment.amount).toBe('477000')
  })

  it('refuses a Stripe event with a bad signature: nothing is captured', async () => {
    const cartId = await prepareCart({
      key,
      regionId: region,
      items: [{ variantId, quantity: 1 }],
      providerId: 'pp_stripe_stripe',
    })
    const session = await sessionOf(cartId)
    const payload = JSON.stringify({
      id: 'evt_forged',
      object: 'event',
      type: 'payment_intent.succeeded',
      data: {
        object: {
          id: session.data.id,
          amount_received: 179_000,
          currency: 'vnd',
          metadata: { session_id: session.id },
        },
      },
    })
    const forged = new Stripe('sk_test_unused').webhooks.generateTestHeaderString({
      payload,
      secret: 'whsec_not_the_real_one',
    })
    await fetch(`${inject('commerceUrl')}/hooks/payment/stripe_stripe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': forged },
      body: payload,
    })
    await new Promise((r) => setTimeout(r, 1500))

    expect(await ordersOf(cartId)).toHaveLength(0)
    expect(await capturesOf(session.id)).toBe(0)
  })
})
