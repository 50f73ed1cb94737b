import { certificateStatus, visibleStars } from '../../modules/ocop/certificate-rules'
import type { StoreOcop } from './hoaban-product'

/** A certificate as Query returns it. */
export type CertificateRecord = {
  stars: number
  product_group: string
  certificate_number: string | null
  issued_at: string | Date
  expires_at: string | Date
  revoked_at?: string | Date | null
}

/** The store's view of a certificate: status from the dates, stars only while valid. */
export function toStoreOcop(cert: CertificateRecord, now: Date = new Date()): StoreOcop {
  return {
    stars: visibleStars(cert, now),
    status: certificateStatus(cert, now),
    group: cert.product_group,
    certificate_number: cert.certificate_number,
    issued_at: new Date(cert.issued_at).toISOString(),
    expires_at: new Date(cert.expires_at).toISOString(),
  }
}
