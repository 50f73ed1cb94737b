import {
  certificateExpiry,
  certificateStatus,
  EXPIRY_WARNING_DAYS,
} from '../../modules/ocop/certificate-rules'

/** An OCOP certificate as a cooperative sees it in the portal, with its expiry warning. */
export type VendorCertificate = {
  stars: number
  certificate_number: string
  decision_number: string | null
  issuing_level: string
  product_group: string
  /** YYYY-MM-DD */
  issued_at: string
  /** YYYY-MM-DD: issue date + 36 months. */
  expires_at: string
  /** Whole days until expiry; 0 or negative once expired. */
  days_left: number
  /** 'expiring' from 90 days before expiry, 'expired' once expired or revoked. */
  warning: null | 'expiring' | 'expired'
}

/** Certificate fields as stored (dates as Date or ISO text) or as proposed (no expiry yet). */
export type CertificateFields = {
  stars: number
  certificate_number: string
  decision_number?: string | null
  issuing_level: string
  product_group: string
  issued_at: string | Date
  expires_at?: string | Date | null
  revoked_at?: string | Date | null
}

const DAY_MS = 24 * 3600 * 1000

/** The portal view of a certificate at `now`; a proposal's expiry is issue date + 36 months. */
export function toVendorCertificate(
  fields: CertificateFields,
  now: Date = new Date(),
): VendorCertificate {
  const issuedAt = new Date(fields.issued_at)
  const expiresAt = fields.expires_at ? new Date(fields.expires_at) : certificateExpiry(issuedAt)
  const status = certificateStatus(
    { issued_at: issuedAt, expires_at: expiresAt, revoked_at: fields.revoked_at ?? null },
    now,
  )
  const daysLeft = Math.ceil((expiresAt.getTime() - now.getTime()) / DAY_MS)
  let warning: VendorCertificate['warning'] = null
  if (status === 'expired' || status === 'revoked') warning = 'expired'
  else if (daysLeft <= EXPIRY_WARNING_DAYS) warning = 'expiring'

  return {
    stars: fields.stars,
    certificate_number: fields.certificate_number,
    decision_number: fields.decision_number ?? null,
    issuing_level: fields.issuing_level,
    product_group: fields.product_group,
    issued_at: issuedAt.toISOString().slice(0, 10),
    expires_at: expiresAt.toISOString().slice(0, 10),
    days_left: daysLeft,
    warning,
  }
}
