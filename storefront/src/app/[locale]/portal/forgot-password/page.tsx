import type { Metadata } from 'next'
import Link from 'next/link'
import { ForgotPasswordForm } from '@/components/portal/auth-forms'
import { PortalShell } from '@/components/portal/portal-shell'
import { portalContext } from '@/portal/portal-context'
import { portalPath } from '@/portal/portal-paths'

type Props = { params: Promise<{ locale: string }> }

/** The forgotten-password page's title. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await portalContext(params)).t.forgot.title }
}

/** Asks commerce to send a reset link to the member's address. */
export default async function ForgotPasswordPage({ params }: Props) {
  const { locale, t, tenant, publicPath } = await portalContext(params)

  return (
    <PortalShell
      locale={locale}
      t={t}
      publicPath={publicPath}
      tenantName={tenant.name}
      member={null}
    >
      <section className="portal-card portal-card--narrow">
        <h1>{t.forgot.title}</h1>
        <p>{t.forgot.intro}</p>
        <ForgotPasswordForm locale={locale} t={t} />
        <p>
          <Link href={portalPath(locale, '/sign-in')}>{t.forgot.back}</Link>
        </p>
      </section>
    </PortalShell>
  )
}
