import { createHmac, timingSafeEqual } from 'node:crypto'

/** Seconds a live-preview link stays valid. */
export const previewLinkTtlSeconds = 60 * 60

/** The signature of a storefront path and its expiry, as the storefront checks it. */
export function previewSignature(secret: string, path: string, expires: number): string {
  return createHmac('sha256', secret).update(`${path}\n${expires}`).digest('hex')
}

/**
 * Signs a storefront path for the preview route: the link carries the path, when it expires
 * (Unix seconds) and an HMAC of both, never the secret itself.
 */
export function signPreviewPath(
  secret: string,
  path: string,
  now = Date.now(),
): { path: string; exp: number; sig: string } {
  const exp = Math.floor(now / 1000) + previewLinkTtlSeconds

  return { path, exp, sig: previewSignature(secret, path, exp) }
}

/** True when two secrets are equal, compared in constant time. */
export function sameSecret(given: string | null | undefined, expected: string): boolean {
  if (!given) {
    return false
  }
  const a = Buffer.from(given)
  const b = Buffer.from(expected)

  return a.length === b.length && timingSafeEqual(a, b)
}
