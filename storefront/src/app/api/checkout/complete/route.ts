import { checkoutFailureOf } from '@/cart/checkout-failure'
import { z } from 'zod'
import { completeCart } from '@/clients/commerce/cart/checkout'
import { clearCartId, readCartId } from '@/cart/cart-cookie'
import { localePath } from '@/i18n/locales'
import { toStorefrontError } from '@/lib/errors'
import { logger } from '@/lib/logger'
import { currentTenant } from '@/tenants/current-tenant'

const Query = z.object({
  locale: z.enum(['vi', 'en']).catch('vi'),
  // Stripe adds this when it comes back from a 3-D Secure page.
  redirect_status: z.string().optional(),
})

// A relative Location keeps the buyer on the host they used (each tenant has its own), where
// the cart cookie lives; the server's own idea of its URL may name another host.
const back = (path: string) => new Response(null, { status: 303, headers: { location: path } })

/**
 * Completes a card-paid cart after Stripe has confirmed the payment in the browser (directly or
 * back from 3-D Secure): commerce authorises the PaymentIntent and places the order, then the
 * buyer goes to the confirmation; a refused payment goes back to the checkout with the reason.
 */
export async function GET(request: Request) {
  const query = Query.parse(Object.fromEntries(new URL(request.url).searchParams))
  const resolved = await currentTenant(query.locale)
  if (resolved.status !== 'found') return new Response('tenant unavailable', { status: 503 })
  const tenant = resolved.tenant
  const cartId = await readCartId(tenant.slug)
  if (!cartId) return back(localePath(query.locale, '/cart'))
  if (query.redirect_status === 'failed') {
    return back(`${localePath(query.locale, '/checkout')}?error=bad_request`)
  }
  try {
    const order = await completeCart(tenant, cartId)
    logger.info({ tenant: tenant.slug, cart: cartId, order: order.id }, 'card order placed')
    await clearCartId(tenant.slug)

    return back(
      `${localePath(query.locale, `/order/${order.id}`)}?cart=${encodeURIComponent(cartId)}`,
    )
  } catch (error) {
    const failure = toStorefrontError(error)
    logger.warn({ tenant: tenant.slug, cart: cartId, code: failure.code }, 'card checkout failed')

    return back(
      `${localePath(query.locale, '/checkout')}?error=${checkoutFailureOf(failure.message)}`,
    )
  }
}

export const dynamic = 'force-dynamic'
