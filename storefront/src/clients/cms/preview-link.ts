import { createHmac, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'

/** The query of a live-preview link the CMS signs: a storefront path, its expiry and HMAC. */
export const PreviewLinkQuery = z.object({
  path: z
    .string()
    .regex(/^\/(?!\/)[^\s\\]*$/, 'must be a path on this site, starting with a single /')
    .max(500),
  exp: z.coerce.number().int().positive(),
  sig: z.string().regex(/^[0-9a-f]{64}$/, 'must be a hex SHA-256 signature'),
})
export type PreviewLink = z.infer<typeof PreviewLinkQuery>

/** The storefront path's signature as the CMS computes it (HMAC-SHA256 of path and expiry). */
export function previewSignature(secret: string, path: string, expires: number): string {
  return createHmac('sha256', secret).update(`${path}\n${expires}`).digest('hex')
}

/** Whether a preview link may turn draft mode on: signed with our secret and not expired. */
export function checkPreviewLink(
  link: PreviewLink,
  secret: string,
  now = Date.now(),
): 'ok' | 'bad_signature' | 'expired' {
  const expected = Buffer.from(previewSignature(secret, link.path, link.exp), 'hex')
  const given = Buffer.from(link.sig, 'hex')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return 'bad_signature'
  }

  return link.exp * 1000 < now ? 'expired' : 'ok'
}
