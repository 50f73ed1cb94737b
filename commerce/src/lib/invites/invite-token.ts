import { createHash, randomBytes } from 'node:crypto'

/** How long an invite can be used. */
export const INVITE_VALIDITY_DAYS = 7

/** The SHA-256 (hex) of an invite token: what is stored and looked up. */
export function hashInviteToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/** A new random invite token (256 bits, URL-safe) and its hash. */
export function newInviteToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')

  return { token, hash: hashInviteToken(token) }
}

/** When an invite sent at `now` stops working. */
export function inviteExpiry(now: Date = new Date()): Date {
  return new Date(now.getTime() + INVITE_VALIDITY_DAYS * 24 * 3600 * 1000)
}
