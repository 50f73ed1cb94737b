import { cookies } from 'next/headers'
import { env } from '@/config/env'

/** The token's lifetime in commerce (JWT 12 h); the cookie never outlives it. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60

/** One portal sign-in per tenant per browser: the cookie name carries the tenant slug. */
export function sessionCookieName(tenantSlug: string): string {
  return `hoaban_portal_${tenantSlug.replace(/[^a-z0-9-]/g, '')}`
}

/**
 * Seconds until a JWT's `exp` (read, not verified: commerce verifies it on every call), capped
 * at the 12-hour lifetime; the full lifetime when the token carries no readable `exp`.
 */
export function tokenMaxAge(token: string, now: Date = new Date()): number {
  const payload = token.split('.')[1]
  if (!payload) return SESSION_MAX_AGE_SECONDS
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      exp?: unknown
    }
    if (typeof claims.exp !== 'number') return SESSION_MAX_AGE_SECONDS
    const left = Math.floor(claims.exp - now.getTime() / 1000)

    return Math.max(0, Math.min(SESSION_MAX_AGE_SECONDS, left))
  } catch {
    return SESSION_MAX_AGE_SECONDS
  }
}

/** The member's bearer token for this tenant, if signed in. */
export async function readSessionToken(tenantSlug: string): Promise<string | null> {
  return (await cookies()).get(sessionCookieName(tenantSlug))?.value ?? null
}

/** Keeps the bearer token in an HTTP-only, same-site cookie that expires with the token. */
export async function writeSessionToken(tenantSlug: string, token: string): Promise<void> {
  ;(await cookies()).set(sessionCookieName(tenantSlug), token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: tokenMaxAge(token),
    secure: env().STOREFRONT_URL.startsWith('https:'),
  })
}

/** Forgets the token (sign-out, or commerce refused it). */
export async function clearSessionToken(tenantSlug: string): Promise<void> {
  ;(await cookies()).delete(sessionCookieName(tenantSlug))
}
