import { inject } from 'vitest'
import { signVietQrWebhook } from '../../src/lib/vietqr/webhook-signature'
import { call, sql } from './api'

/** The Vietnam region's id, as the store API lists it. */
export async function regionId(key: string): Promise<string> {
  const reply = await call('GET', '/store/regions', { key })
  const region = reply.body.regions.find(
    (r: { currency_code: string }) => r.currency_code === 'vnd',
  )
  if (!region) throw new Error('no VND region')

  return region.id
}

/**
 * Builds a cart ready to complete: items, address, a shipping option by name fragment, and a
 * payment session with `providerId`. Returns the cart id.
 */
export async function prepareCart(input: {
  key: string
  regionId: string
  items: { variantId: string; quantity: number; metadata?: Record<string, unknown> }[]
  shipping?: string
  promoCodes?: string[]
  providerId?: string
}): Promise<string> {
  const cart = await call('POST', '/store/carts', {
    key: input.key,
    body: {
      region_id: input.regionId,
      email: `buyer-${Math.random().toString(36).slice(2, 10)}@example.vn`,
      shipping_address: {
        first_name: 'Lò',
        last_name: 'Văn Khách',
        address_1: 'Tổ 1, phường Điện Biên Phủ',
        city: 'Điện Biên',
        country_code: 'vn',
        phone: '0900000000',
      },
      items: input.items.map((i) => ({
        variant_id: i.variantId,
        quantity: i.quantity,
        ...(i.metadata ? { metadata: i.metadata } : {}),
      })),
    },
  })
  if (cart.status !== 200) throw new Error(`cart: ${JSON.stringify(cart.body)}`)
  const cartId: string = cart.body.cart.id

  const options = await call('GET', `/store/shipping-options?cart_id=${cartId}`, { key: input.key })
  const option = options.body.shipping_options.find((o: { name: string }) =>
    o.name.includes(input.shipping ?? 'Home delivery'),
  )
  if (!option) throw new Error(`no shipping option: ${JSON.stringify(options.body)}`)
  const shipped = await call('POST', `/store/carts/${cartId}/shipping-methods`, {
    key: input.key,
    body: { option_id: option.id },
  })
  if (shipped.status !== 200) throw new Error(`shipping: ${JSON.stringify(shipped.body)}`)

  if (input.promoCodes?.length) {
    const promo = await call('POST', `/store/carts/${cartId}/promotions`, {
      key: input.key,
      body: { promo_codes: input.promoCodes },
    })
    if (promo.status !== 200) throw new Error(`promotion: ${JSON.stringify(promo.body)}`)
  }

  const collection = await call('POST', '/store/payment-collections', {
    key: input.key,
    body: { cart_id: cartId },
  })
  if (collection.status !== 200) throw new Error(`collection: ${JSON.stringify(collection.body)}`)
  const session = await call(
    'POST',
    `/store/payment-collections/${collection.body.payment_collection.id}/payment-sessions`,
    { key: input.key, body: { provider_id: input.providerId ?? 'pp_cod_cod' } },
  )
  if (session.status !== 200) throw new Error(`session: ${JSON.stringify(session.body)}`)

  return cartId
}

/** Completes a cart; returns the order id or the error message the buyer would see. */
export async function completeCart(
  key: string,
  cartId: string,
): Promise<{ orderId?: string; status: number; error?: string }> {
  const reply = await call('POST', `/store/carts/${cartId}/complete`, { key })
  if (reply.status === 200 && reply.body.type === 'order') {
    return { status: 200, orderId: reply.body.order.id }
  }

  return {
    status: reply.status,
    error: reply.body.error?.message ?? reply.body.message ?? JSON.stringify(reply.body),
  }
}

/**
 * Pays a completed VietQR cart the way the bank does: a signed reconciliation notice for the
 * exact amount due, which captures the payment.
 */
export async function payByVietQr(cartId: string): Promise<void> {
  const [session] = await sql<{ amount: string; data: { reference: string } }>(
    `select ps.amount, ps.data from cart_payment_collection cpc
     join payment_session ps on ps.payment_collection_id = cpc.payment_collection_id
     where cpc.cart_id = $1 and ps.deleted_at is null`,
    [cartId],
  )
  if (!session) throw new Error(`no payment session for ${cartId}`)
  const raw = JSON.stringify({
    reference: session.data.reference,
    amount: Number(session.amount),
    transaction_id: `FT${Date.now()}${Math.floor(Math.random() * 1000)}`,
  })
  const timestamp = Math.floor(Date.now() / 1000)
  const secret = process.env.VIETQR_WEBHOOK_SECRET || 'hoaban-dev-vietqr-secret-change-me'
  const reply = await fetch(`${inject('commerceUrl')}/hooks/vietqr`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-vietqr-timestamp': String(timestamp),
      'x-vietqr-signature': signVietQrWebhook(secret, timestamp, raw),
    },
    body: raw,
  })
  if (reply.status !== 200) throw new Error(`vietqr notice ${reply.status}: ${await reply.text()}`)
}
