import { createHmac, timingSafeEqual } from 'node:crypto'

/** How old a signed reconciliation notice may be, in seconds. */
export const VIETQR_SIGNATURE_TOLERANCE_SECONDS = 300

/** Signs a reconciliation notice: HMAC-SHA256 over `<timestamp>.<raw body>`, hex. */
export function signVietQrWebhook(secret: string, timestamp: number, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')
}

/**
 * Checks the `x-vietqr-timestamp` / `x-vietqr-signature` pair of a reconciliation notice.
 * Returns the reason it is refused, or null when it is genuine and fresh.
 */
export function verifyVietQrWebhook(input: {
  secret: string
  rawBody: string
  timestamp: unknown
  signature: unknown
  now?: number
}): string | null {
  const timestamp = Number(input.timestamp)
  if (!Number.isInteger(timestamp)) return 'x-vietqr-timestamp: missing or not a number'
  const now = Math.floor((input.now ?? Date.now()) / 1000)
  if (Math.abs(now - timestamp) > VIETQR_SIGNATURE_TOLERANCE_SECONDS) {
    return 'x-vietqr-timestamp: too old or in the future'
  }
  if (typeof input.signature !== 'string' || !/^[0-9a-f]{64}$/.test(input.signature)) {
    return 'x-vietqr-signature: missing or malformed'
  }

  const expected = Buffer.from(signVietQrWebhook(input.secret, timestamp, input.rawBody), 'hex')
  const given = Buffer.from(input.signature, 'hex')

  return timingSafeEqual(expected, given) ? null : 'x-vietqr-signature: does not match'
}
