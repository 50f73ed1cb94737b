import type { Messages } from '@/i18n/messages'
import { fill } from '@/i18n/messages'

/** The site's footer with the tenant's contact line. */
export function SiteFooter({
  t,
  tenantName,
  contact,
}: {
  t: Messages
  tenantName: string
  contact: string | null
}) {
  return (
    <footer className="site-footer">
      <p>{fill(t.footer.about, { tenant: tenantName })}</p>
      {contact ? (
        <p>
          {t.footer.contact}: {contact}
        </p>
      ) : null}
    </footer>
  )
}
