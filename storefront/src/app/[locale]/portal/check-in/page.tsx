import type { Metadata } from 'next'
import { CheckInScanner } from '@/components/portal/check-in-scanner'
import { PortalShell } from '@/components/portal/portal-shell'
import { portalContext, signedInContext } from '@/portal/portal-context'

type Props = { params: Promise<{ locale: string }> }

/** The check-in page's title. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await portalContext(params)).t.checkIn.title }
}

/** Checks guests in: scan the ticket's QR with the phone camera, or type its code. */
export default async function CheckInPage({ params }: Props) {
  const context = await signedInContext(params)
  const { locale, t } = context

  return (
    <PortalShell
      locale={locale}
      t={t}
      publicPath={context.publicPath}
      tenantName={context.tenant.name}
      member={context.member}
      active="checkIn"
    >
      <h1>{t.checkIn.title}</h1>
      <p>{t.checkIn.intro}</p>
      <CheckInScanner locale={locale} t={t} />
    </PortalShell>
  )
}
