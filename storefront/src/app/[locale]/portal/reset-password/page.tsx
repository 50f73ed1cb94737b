import type { Metadata } from 'next'
import Link from 'next/link'
import { NewPasswordForm } from '@/components/portal/auth-forms'
import { PageNotice } from '@/components/portal/form-parts'
import { PortalShell } from '@/components/portal/portal-shell'
import { param, type SearchParams } from '@/lib/search-params'
import { portalContext } from '@/portal/portal-context'
import { portalPath } from '@/portal/portal-paths'

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

/** The reset page's title. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await portalContext(params)).t.reset.title }
}

/** A new password for the account of the reset link (token and email in the query). */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale, t, tenant, publicPath } = await portalContext(params)
  const query = await searchParams
  const token = param(query, 'token') ?? ''
  const email = param(query, 'email') ?? ''

  return (
    <PortalShell
      locale={locale}
      t={t}
      publicPath={publicPath}
      tenantName={tenant.name}
      member={null}
    >
      <section className="portal-card portal-card--narrow">
        <h1>{t.reset.title}</h1>
        {token && email ? (
          <>
            <p data-testid="reset-email">{email}</p>
            <NewPasswordForm locale={locale} t={t} purpose="reset" hidden={{ token, email }} />
          </>
        ) : (
          <>
            <PageNotice text={t.reset.badLink} kind="error" />
            <p>
              <Link href={portalPath(locale, '/forgot-password')}>{t.reset.requestNew}</Link>
            </p>
          </>
        )}
      </section>
    </PortalShell>
  )
}
