/** An OCOP certificate is valid for 36 months from its issue date. */
export const CERTIFICATE_VALIDITY_MONTHS = 36

/** The portal warns from this many days before a certificate expires. */
export const EXPIRY_WARNING_DAYS = 90

/**
 * The expiry date (YYYY-MM-DD) of a certificate issued on `issuedAt` (YYYY-MM-DD): 36 months
 * later; a day missing from the target month falls back to its last day. Null for a bad date.
 */
export function certificateExpiry(issuedAt: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(issuedAt)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])]
  const issued = new Date(Date.UTC(year, month, day))
  if (issued.getUTCMonth() !== month || issued.getUTCDate() !== day) return null
  const target = month + CERTIFICATE_VALIDITY_MONTHS
  const lastDay = new Date(Date.UTC(year, target + 1, 0)).getUTCDate()

  return new Date(Date.UTC(year, target, Math.min(day, lastDay))).toISOString().slice(0, 10)
}

/** Whole days from `today` to `expiresAt` (both YYYY-MM-DD); negative once expired. */
export function daysUntil(expiresAt: string, today: string): number {
  return Math.round(
    (Date.parse(`${expiresAt}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  )
}

/** 'expired' after the expiry date, 'expiring' within 90 days of it, otherwise null. */
export function expiryWarning(expiresAt: string, today: string): 'expiring' | 'expired' | null {
  const left = daysUntil(expiresAt, today)
  if (left < 0) return 'expired'

  return left <= EXPIRY_WARNING_DAYS ? 'expiring' : null
}
