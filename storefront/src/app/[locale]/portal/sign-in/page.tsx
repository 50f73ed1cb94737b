import type { Metadata } from 'next'
import { SignInForm } from '@/components/portal/auth-forms'
import { PageNotice } from '@/components/portal/form-parts'
import { PortalShell } from '@/components/portal/portal-shell'
import { param, type SearchParams } from '@/lib/search-params'
import { portalContext } from '@/portal/portal-context'
import { portalPath } from '@/portal/portal-paths'

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

/** The sign-in page's title. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await portalContext(params)).t.signIn.title }
}

/** Sign-in with email and password; says why the member is here (expired, signed out). */
export default async function SignInPage({ params, searchParams }: Props) {
  const { locale, t, tenant, publicPath } = await portalContext(params)
  const query = await searchParams
  const notice = param(query, 'notice')
  const text =
    notice === 'expired'
      ? t.signIn.expired
      : notice === 'signed-out'
        ? t.signIn.signedOut
        : notice === 'password-changed'
          ? t.signIn.passwordChanged
          : null

  return (
    <PortalShell
      locale={locale}
      t={t}
      publicPath={publicPath}
      tenantName={tenant.name}
      member={null}
    >
      <section className="portal-card portal-card--narrow">
        <h1>{t.signIn.title}</h1>
        <p>{t.signIn.intro}</p>
        <PageNotice text={text} kind={notice === 'expired' ? 'error' : 'ok'} />
        <SignInForm
          locale={locale}
          t={t}
          next={param(query, 'next') ?? null}
          forgotHref={portalPath(locale, '/forgot-password')}
        />
      </section>
    </PortalShell>
  )
}
