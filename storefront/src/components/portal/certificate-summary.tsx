import { productGroupLabel } from '@/domain/product-groups'
import type { Locale } from '@/domain/types'
import { formatDate } from '@/format/format-date'
import { fill } from '@/i18n/messages'
import type { PortalMessages } from '@/portal/portal-messages'
import type { PortalCertificate } from '@/portal/types'

/** A certificate's facts with its expiry and, from 90 days before it, a warning. */
export function CertificateSummary({
  locale,
  t,
  certificate,
}: {
  locale: Locale
  t: PortalMessages
  certificate: PortalCertificate
}) {
  const p = t.products

  return (
    <dl className="portal-facts" data-testid="certificate-summary">
      <div>
        <dt>{p.stars}</dt>
        <dd>
          <span aria-hidden="true">{'★'.repeat(certificate.stars)}</span>{' '}
          {fill(p.starsValue, { n: certificate.stars })}
        </dd>
      </div>
      <div>
        <dt>{p.certificateNumber}</dt>
        <dd>{certificate.certificateNumber}</dd>
      </div>
      {certificate.decisionNumber ? (
        <div>
          <dt>{p.decisionNumber}</dt>
          <dd>{certificate.decisionNumber}</dd>
        </div>
      ) : null}
      <div>
        <dt>{p.issuingLevel}</dt>
        <dd>{certificate.issuingLevel === 'national' ? p.levelNational : p.levelProvince}</dd>
      </div>
      <div>
        <dt>{p.productGroup}</dt>
        <dd>{productGroupLabel(certificate.productGroup, locale)}</dd>
      </div>
      <div>
        <dt>{p.issuedAt}</dt>
        <dd>{formatDate(certificate.issuedAt, locale)}</dd>
      </div>
      <div>
        <dt>{p.expiresAt}</dt>
        <dd>
          {formatDate(certificate.expiresAt, locale)}
          {certificate.warning === 'expired' ? (
            <strong className="portal-warning" data-testid="certificate-warning">
              {' · '}
              {p.expired}
            </strong>
          ) : null}
          {certificate.warning === 'expiring' ? (
            <strong className="portal-warning" data-testid="certificate-warning">
              {' · '}
              {fill(p.expiring, { n: certificate.daysLeft ?? 0 })}
            </strong>
          ) : null}
        </dd>
      </div>
    </dl>
  )
}
