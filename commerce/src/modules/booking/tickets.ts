import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * A ticket code: `HBT.<booking id>.<signature>`, the signature an HMAC-SHA256 of the booking
 * id with TICKET_SECRET (base64url, 22 characters = 128 bits). It cannot be guessed or altered.
 */
export function signTicket(bookingId: string, secret: string): string {
  return `HBT.${bookingId}.${signature(bookingId, secret)}`
}

function signature(bookingId: string, secret: string): string {
  return createHmac('sha256', secret).update(`ticket:${bookingId}`).digest('base64url').slice(0, 22)
}

/** The booking id of a genuine ticket code, or null for a forged or altered one. */
export function verifyTicket(code: string, secret: string): string | null {
  const match = /^HBT\.([A-Za-z0-9_]+)\.([A-Za-z0-9_-]{22})$/.exec(code.trim())
  if (!match?.[1] || !match[2]) return null
  const expected = Buffer.from(signature(match[1], secret))
  const given = Buffer.from(match[2])

  return expected.length === given.length && timingSafeEqual(expected, given) ? match[1] : null
}
