import { env } from '@/config/env'
import type { Cart, Order, PaymentOption, ShippingOption } from '@/domain/cart'
import type { Tenant } from '@/domain/types'
import { StorefrontError } from '@/lib/errors'
import { storeRequest } from '../commerce-request'
import { mapCart, mapOrder } from './map-cart'
import { offeredPaymentOptions } from './offered-payment-options'
import { type StripeIntent, stripeIntentFrom } from './stripe-intent-from'
import {
  MedusaCartAnswer,
  MedusaCompleteAnswer,
  MedusaPaymentCollectionAnswer,
  MedusaPaymentProviders,
  MedusaShippingOptions,
} from './schemas'

/** Delivery methods commerce offers for the cart. */
export async function listShippingOptions(
  tenant: Tenant,
  cartId: string,
): Promise<ShippingOption[]> {
  const answer = await storeRequest(tenant, '/store/shipping-options', MedusaShippingOptions, {
    query: { cart_id: cartId },
  })

  return answer.shipping_options.map((option) => ({
    id: option.id,
    name: option.name,
    amountVnd: Math.round(option.calculated_price?.calculated_amount ?? option.amount ?? 0),
  }))
}

/**
 * Payment methods enabled in the cart's region that this site can complete: cash on delivery,
 * VietQR, and card where commerce offers Stripe and STRIPE_PUBLISHABLE_KEY is set.
 */
export async function listPaymentOptions(
  tenant: Tenant,
  regionId: string,
): Promise<PaymentOption[]> {
  const answer = await storeRequest(tenant, '/store/payment-providers', MedusaPaymentProviders, {
    query: { region_id: regionId },
  })

  return offeredPaymentOptions(
    answer.payment_providers.map((provider) => provider.id),
    { cardEnabled: Boolean(env().STRIPE_PUBLISHABLE_KEY) },
  )
}

/** Chooses the cart's delivery method. */
export async function setShippingMethod(
  tenant: Tenant,
  cartId: string,
  optionId: string,
): Promise<Cart> {
  const answer = await storeRequest(
    tenant,
    `/store/carts/${encodeURIComponent(cartId)}/shipping-methods`,
    MedusaCartAnswer,
    { method: 'POST', body: { option_id: optionId } },
  )

  return mapCart(answer.cart)
}

/** The cart's payment collection (commerce returns the existing one when there is one). */
async function paymentCollection(tenant: Tenant, cartId: string) {
  const answer = await storeRequest(
    tenant,
    '/store/payment-collections',
    MedusaPaymentCollectionAnswer,
    { method: 'POST', body: { cart_id: cartId } },
  )

  return answer.payment_collection
}

/** Starts a payment session with `providerId`, replacing any earlier session of the cart. */
async function startPaymentSession(tenant: Tenant, collectionId: string, providerId: string) {
  const answer = await storeRequest(
    tenant,
    `/store/payment-collections/${encodeURIComponent(collectionId)}/payment-sessions`,
    MedusaPaymentCollectionAnswer,
    { method: 'POST', body: { provider_id: providerId } },
  )

  return answer.payment_collection
}

/**
 * Completes the cart into an order. A cart that commerce refuses to complete (e.g. a card
 * payment Stripe has not authorised) becomes a bad_request with commerce's reason.
 */
export async function completeCart(tenant: Tenant, cartId: string): Promise<Order> {
  const answer = await storeRequest(
    tenant,
    `/store/carts/${encodeURIComponent(cartId)}/complete`,
    MedusaCompleteAnswer,
    { method: 'POST' },
  )
  if (answer.type === 'cart') {
    throw new StorefrontError(
      'bad_request',
      answer.error?.message ?? 'commerce did not complete the cart',
    )
  }

  return mapOrder(answer.order)
}

/** Pays and places the order: a payment session with the chosen provider, then completion. */
export async function placeOrder(
  tenant: Tenant,
  cartId: string,
  providerId: string,
): Promise<Order> {
  const collection = await paymentCollection(tenant, cartId)
  await startPaymentSession(tenant, collection.id, providerId)

  return completeCart(tenant, cartId)
}

/**
 * The Stripe PaymentIntent for the cart: the collection's Stripe session when it still matches
 * the cart total, else a new session. The browser confirms it with Stripe's Payment Element.
 */
export async function startCardPayment(
  tenant: Tenant,
  cartId: string,
  providerId: string,
  cartTotalVnd: number,
): Promise<StripeIntent> {
  const collection = await paymentCollection(tenant, cartId)
  const existing = collection.payment_sessions?.find(
    (session) => session.provider_id === providerId,
  )
  if (existing) {
    try {
      return stripeIntentFrom(existing.data, cartTotalVnd)
    } catch {
      // A stale session (the cart changed since): start a new one below.
    }
  }
  const started = await startPaymentSession(tenant, collection.id, providerId)
  const session = started.payment_sessions?.find((entry) => entry.provider_id === providerId)

  return stripeIntentFrom(session?.data, cartTotalVnd)
}
