/** The six official OCOP product groups (Decision 148/QĐ-TTg, 2023), by our code. */
export const OCOP_GROUPS = [
  'food',
  'beverage',
  'herbal',
  'textile',
  'handicraft',
  'tourism',
] as const
export type OcopGroup = (typeof OCOP_GROUPS)[number]

/** Vietnamese labels of the groups. */
export const OCOP_GROUP_LABELS_VI: Record<OcopGroup, string> = {
  food: 'Thực phẩm',
  beverage: 'Đồ uống',
  herbal: 'Thảo dược',
  textile: 'Vải và may mặc',
  handicraft: 'Lưu niệm - nội thất - trang trí',
  tourism: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
}

/** Who issued the certificate: the province (3-4 stars) or the national council (5 stars). */
export const OCOP_ISSUING_LEVELS = ['province', 'national'] as const
export type OcopIssuingLevel = (typeof OCOP_ISSUING_LEVELS)[number]

/** A certificate is valid for 36 months from its issue date. */
export const CERTIFICATE_VALIDITY_MONTHS = 36

/** Certificates expiring within this many days are listed by the daily job. */
export const EXPIRY_WARNING_DAYS = 90

export type CertificateStatus = 'valid' | 'expired' | 'revoked' | 'pending'

/**
 * Expiry date of a certificate: the issue date plus 36 calendar months (UTC). A day that does
 * not exist in the target month falls back to that month's last day (31 Jan → 31 Jan + 36m).
 */
export function certificateExpiry(issuedAt: Date): Date {
  const year = issuedAt.getUTCFullYear()
  const month = issuedAt.getUTCMonth() + CERTIFICATE_VALIDITY_MONTHS
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const day = Math.min(issuedAt.getUTCDate(), lastDay)

  return new Date(
    Date.UTC(
      year,
      month,
      day,
      issuedAt.getUTCHours(),
      issuedAt.getUTCMinutes(),
      issuedAt.getUTCSeconds(),
    ),
  )
}

/** The dates a status depends on. */
export type CertificateDates = {
  issued_at: Date | string
  expires_at: Date | string
  revoked_at?: Date | string | null
}

/** Status from the dates alone: revoked, not yet in force, expired, or valid at `now`. */
export function certificateStatus(
  cert: CertificateDates,
  now: Date = new Date(),
): CertificateStatus {
  if (cert.revoked_at) return 'revoked'
  if (new Date(cert.issued_at).getTime() > now.getTime()) return 'pending'
  if (new Date(cert.expires_at).getTime() <= now.getTime()) return 'expired'

  return 'valid'
}

/** Stars to show buyers: the certificate's stars while it is valid, otherwise none. */
export function visibleStars(
  cert: CertificateDates & { stars: number },
  now?: Date,
): number | null {
  return certificateStatus(cert, now) === 'valid' ? cert.stars : null
}

/** Whether a valid certificate expires within `days` days of `now`. */
export function expiresWithin(
  cert: CertificateDates,
  days: number,
  now: Date = new Date(),
): boolean {
  if (certificateStatus(cert, now) !== 'valid') return false

  return new Date(cert.expires_at).getTime() - now.getTime() <= days * 24 * 3600 * 1000
}
