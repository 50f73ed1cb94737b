import { productGroupLabel } from '@/domain/product-groups'
import type { Locale, OcopCertificate } from '@/domain/types'
import { formatDate } from '@/format/format-date'
import type { Messages } from '@/i18n/messages'

/** The OCOP certificate table: stars (only while valid), number, dates and status. */
export function OcopCertificateTable({
  ocop,
  locale,
  t,
}: {
  ocop: OcopCertificate
  locale: Locale
  t: Messages
}) {
  const status =
    ocop.status === 'valid'
      ? t.shop.statusValid
      : ocop.status === 'expired'
        ? t.shop.statusExpired
        : ocop.status

  return (
    <section className="certificate" aria-labelledby="certificate" data-testid="ocop-certificate">
      <h2 id="certificate">{t.shop.certificate}</h2>
      <dl className="facts">
        {ocop.stars !== null ? (
          <div>
            <dt>{t.shop.stars}</dt>
            <dd>
              <span aria-hidden="true">{'★'.repeat(ocop.stars)}</span> {ocop.stars}/5
            </dd>
          </div>
        ) : null}
        {ocop.group ? (
          <div>
            <dt>{t.shop.group}</dt>
            <dd>{productGroupLabel(ocop.group, locale)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t.shop.status}</dt>
          <dd>{status}</dd>
        </div>
        {ocop.certificateNumber ? (
          <div>
            <dt>{t.shop.certificateNumber}</dt>
            <dd>{ocop.certificateNumber}</dd>
          </div>
        ) : null}
        {ocop.issuedAt ? (
          <div>
            <dt>{t.shop.issuedAt}</dt>
            <dd>{formatDate(ocop.issuedAt, locale)}</dd>
          </div>
        ) : null}
        {ocop.expiresAt ? (
          <div>
            <dt>{t.shop.expiresAt}</dt>
            <dd>{formatDate(ocop.expiresAt, locale)}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  )
}
