import type { OcopCertificate } from '@/domain/types'
import { fill, type Messages } from '@/i18n/messages'

/** The OCOP star badge; nothing for an expired certificate (its stars are null). */
export function OcopBadge({ ocop, t }: { ocop: OcopCertificate | null; t: Messages }) {
  if (!ocop || ocop.stars === null) return null
  const label = fill(t.shop.ocopBadge, { stars: ocop.stars })

  return (
    <span className="ocop-badge" aria-label={label} title={label} data-testid="ocop-badge">
      OCOP <span aria-hidden="true">{'★'.repeat(ocop.stars)}</span>
    </span>
  )
}
