import type { Cart, Order, PaymentOption, ShippingOption } from '@/domain/cart'
import type { Tenant } from '@/domain/types'
import { StorefrontError } from '@/lib/errors'
import { storeRequest } from '../commerce-request'
import { mapCart, mapOrder, paymentMethodOf } from './map-cart'
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
 * Payment methods enabled in the cart's region that this site can complete: cash on delivery
 * and VietQR. Card payments need Stripe.js in the browser to confirm the payment intent, which
 * this site does not load yet, so the Stripe provider is not offered even where configured.
 */
export async function listPaymentOptions(
  tenant: Tenant,
  regionId: string,
): Promise<PaymentOption[]> {
  const answer = await storeRequest(tenant, '/store/payment-providers', MedusaPaymentProviders, {
    query: { region_id: regionId },
  })
  const options: PaymentOption[] = []
  for (const provider of answer.payment_providers) {
    const method = paymentMethodOf(provider.id)
    if (method && method !== 'card' && !options.some((option) => option.method === method)) {
      options.push({ method, providerId: provider.id })
    }
  }

  return options
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

/**
 * Pays and places the order: opens the cart's payment collection, starts a session with the
 * chosen provider, then completes the cart. A cart that commerce refuses to complete becomes a
 * bad_request with commerce's reason.
 */
export async function placeOrder(
  tenant: Tenant,
  cartId: string,
  providerId: string,
): Promise<Order> {
  const collection = await storeRequest(
    tenant,
    '/store/payment-collections',
    MedusaPaymentCollectionAnswer,
    {
      method: 'POST',
      body: { cart_id: cartId },
    },
  )
  await storeRequest(
    tenant,
    `/store/payment-collections/${encodeURIComponent(collection.payment_collection.id)}/payment-sessions`,
    MedusaPaymentCollectionAnswer,
    { method: 'POST', body: { provider_id: providerId } },
  )
  const answer = await storeRequest(
    tenant,
    `/store/carts/${encodeURIComponent(cartId)}/complete`,
    MedusaCompleteAnswer,
    {
      method: 'POST',
    },
  )
  if (answer.type === 'cart') {
    throw new StorefrontError(
      'bad_request',
      answer.error?.message ?? 'commerce did not complete the cart',
    )
  }

  return mapOrder(answer.order)
}
