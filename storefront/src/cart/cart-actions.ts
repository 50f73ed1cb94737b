'use server'

import { checkoutFailureOf } from './checkout-failure'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { placeOrder, setShippingMethod } from '@/clients/commerce/cart/checkout'
import { paymentMethodOf } from '@/clients/commerce/cart/map-cart'
import { createCart, getCart } from '@/clients/commerce/cart/get-cart'
import { addLineItem, removeLineItem, updateLineItem } from '@/clients/commerce/cart/line-items'
import { applyPromotion, setCartContact } from '@/clients/commerce/cart/update-cart'
import type { Tenant } from '@/domain/types'
import { localePath } from '@/i18n/locales'
import { toStorefrontError } from '@/lib/errors'
import { logger } from '@/lib/logger'
import { currentTenant } from '@/tenants/current-tenant'
import { clearCartId, readCartId, writeCartId } from './cart-cookie'

const locale = z.enum(['vi', 'en']).catch('vi')

async function tenantOrFail(): Promise<Tenant> {
  const resolved = await currentTenant('vi')
  if (resolved.status !== 'found') throw new Error('tenant unavailable')

  return resolved.tenant
}

function fields(form: FormData): Record<string, string> {
  return Object.fromEntries(
    [...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  )
}

const AddInput = z.object({
  locale,
  variantId: z.string().min(1, 'variantId is required'),
  quantity: z.coerce.number().int().min(1).max(99),
  sessionId: z.string().min(1).optional(),
})

/** Adds a product variant (or an experience session's seats) to the tenant's cart. */
export async function addToCart(form: FormData): Promise<void> {
  const values = fields(form)
  // A booking form sends the chosen session as "<session id>::<variant id>".
  const [sessionId, sessionVariant] = (values.session ?? '').split('::')
  if (sessionId) values.sessionId = sessionId
  if (sessionVariant) values.variantId = sessionVariant
  const input = AddInput.parse(values)
  const tenant = await tenantOrFail()
  const existingId = await readCartId(tenant.slug)
  const existing = existingId ? await getCart(tenant, existingId) : null
  const cart = existing ?? (await createCart(tenant))
  if (!existing) await writeCartId(tenant.slug, cart.id)
  await addLineItem(tenant, cart.id, input)
  logger.info({ tenant: tenant.slug, cart: cart.id, variant: input.variantId }, 'added to cart')

  redirect(`${localePath(input.locale, '/cart')}?added=1`)
}

const LineInput = z.object({
  locale,
  lineId: z.string().min(1),
  quantity: z.coerce.number().int().min(0).max(99),
})

/** Changes a line's quantity; zero removes it. */
export async function updateCartLine(form: FormData): Promise<void> {
  const input = LineInput.parse(fields(form))
  const tenant = await tenantOrFail()
  const cartId = await readCartId(tenant.slug)
  if (cartId) {
    if (input.quantity === 0) await removeLineItem(tenant, cartId, input.lineId)
    else await updateLineItem(tenant, cartId, input.lineId, input.quantity)
  }

  redirect(localePath(input.locale, '/cart'))
}

const PromoInput = z.object({ locale, code: z.string().trim().min(1).max(64) })

/** Applies a promotion code to the cart. */
export async function applyPromoCode(form: FormData): Promise<void> {
  const input = PromoInput.safeParse(fields(form))
  const lang = locale.parse(form.get('locale'))
  if (!input.success) redirect(`${localePath(lang, '/cart')}?promo=invalid`)
  const tenant = await tenantOrFail()
  const cartId = await readCartId(tenant.slug)
  let ok = false
  if (cartId) {
    try {
      await applyPromotion(tenant, cartId, input.data.code)
      ok = true
    } catch (error) {
      logger.info(
        { tenant: tenant.slug, cart: cartId, code: toStorefrontError(error).code },
        'promotion refused',
      )
    }
  }

  redirect(`${localePath(lang, '/cart')}${ok ? '' : '?promo=invalid'}`)
}

const CheckoutInput = z.object({
  locale,
  email: z.email('email'),
  firstName: z.string().trim().min(1, 'firstName'),
  lastName: z.string().trim().min(1, 'lastName'),
  phone: z.string().trim().min(6, 'phone').max(20, 'phone'),
  address: z.string().trim().min(3, 'address'),
  province: z.string().trim().min(1, 'province'),
  city: z.string().trim().min(1, 'city'),
  shippingOptionId: z.string().min(1, 'shippingOptionId').optional(),
  providerId: z.string().min(1, 'providerId'),
})

/**
 * Places the order: address, delivery, payment session, completion. On success the cart cookie
 * is cleared and the buyer lands on the confirmation; on failure back on the checkout with the
 * reason.
 */
export async function checkout(form: FormData): Promise<void> {
  const lang = locale.parse(form.get('locale'))
  const parsed = CheckoutInput.safeParse(fields(form))
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') ?? 'form'
    redirect(`${localePath(lang, '/checkout')}?missing=${encodeURIComponent(field)}`)
  }
  const input = parsed.data
  const tenant = await tenantOrFail()
  const cartId = await readCartId(tenant.slug)
  if (!cartId) redirect(localePath(lang, '/cart'))
  const byCard = paymentMethodOf(input.providerId) === 'card'
  let orderId = ''
  try {
    await setCartContact(tenant, cartId, input)
    if (input.shippingOptionId) await setShippingMethod(tenant, cartId, input.shippingOptionId)
    // A card is confirmed in the browser with Stripe first; the card page completes the order.
    if (!byCard) {
      const order = await placeOrder(tenant, cartId, input.providerId)
      orderId = order.id
      logger.info({ tenant: tenant.slug, cart: cartId, order: order.id }, 'order placed')
    }
  } catch (error) {
    const failure = toStorefrontError(error)
    logger.warn(
      { tenant: tenant.slug, cart: cartId, code: failure.code, err: failure },
      'checkout failed',
    )
    const reason = checkoutFailureOf(failure.message)
    redirect(`${localePath(lang, '/checkout')}?error=${reason}`)
  }
  if (byCard) {
    redirect(
      `${localePath(lang, '/checkout/card')}?provider=${encodeURIComponent(input.providerId)}`,
    )
  }
  await clearCartId(tenant.slug)

  // The cart id lets the confirmation read the bookings' tickets, which commerce keeps by cart.
  redirect(`${localePath(lang, `/order/${orderId}`)}?cart=${encodeURIComponent(cartId)}`)
}
