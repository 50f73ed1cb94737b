import { cookies } from 'next/headers'
import { env } from '@/config/env'

/** One cart per tenant per browser: the cookie name carries the tenant slug. */
export function cartCookieName(tenantSlug: string): string {
  return `hoaban_cart_${tenantSlug.replace(/[^a-z0-9-]/g, '')}`
}

/** The cart id stored for this tenant, if any. */
export async function readCartId(tenantSlug: string): Promise<string | null> {
  return (await cookies()).get(cartCookieName(tenantSlug))?.value ?? null
}

/** Remembers the tenant's cart id for 30 days (HTTP only, same site). */
export async function writeCartId(tenantSlug: string, cartId: string): Promise<void> {
  ;(await cookies()).set(cartCookieName(tenantSlug), cartId, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: 60 * 60 * 24 * 30,
    secure: env().STOREFRONT_URL.startsWith('https:'),
  })
}

/** Forgets the cart after its order is placed. */
export async function clearCartId(tenantSlug: string): Promise<void> {
  ;(await cookies()).delete(cartCookieName(tenantSlug))
}
