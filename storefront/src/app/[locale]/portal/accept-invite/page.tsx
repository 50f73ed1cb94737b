import type { Metadata } from 'next'
import { getInvite } from '@/clients/vendor/member-auth'
import { isNotFound } from '@/clients/vendor/vendor-request'
import { NewPasswordForm } from '@/components/portal/auth-forms'
import { PageNotice } from '@/components/portal/form-parts'
import { PortalShell } from '@/components/portal/portal-shell'
import { fill } from '@/i18n/messages'
import { param, type SearchParams } from '@/lib/search-params'
import { portalContext } from '@/portal/portal-context'

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

/** The invite page's title. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await portalContext(params)).t.invite.title }
}

/** Greets an invited member with their cooperative's name and lets them set a password. */
export default async function AcceptInvitePage({ params, searchParams }: Props) {
  const { locale, t, tenant, publicPath } = await portalContext(params)
  const token = param(await searchParams, 'token') ?? ''
  let invite: Awaited<ReturnType<typeof getInvite>> | null = null
  if (token) {
    try {
      invite = await getInvite(token)
    } catch (error) {
      if (!isNotFound(error)) throw error
    }
  }
  const cooperative = invite
    ? locale === 'en'
      ? (invite.cooperativeEn ?? invite.cooperativeVi)
      : invite.cooperativeVi
    : ''

  return (
    <PortalShell
      locale={locale}
      t={t}
      publicPath={publicPath}
      tenantName={tenant.name}
      member={null}
    >
      <section className="portal-card portal-card--narrow">
        <h1>{t.invite.title}</h1>
        {invite ? (
          <>
            <p className="portal-lead" data-testid="invite-greeting">
              {fill(t.invite.greeting, { cooperative })}
            </p>
            <p>{fill(t.invite.forEmail, { email: invite.email })}</p>
            <p>{t.invite.intro}</p>
            <NewPasswordForm locale={locale} t={t} purpose="invite" hidden={{ token }} />
          </>
        ) : (
          <PageNotice text={t.invite.invalid} kind="error" />
        )}
      </section>
    </PortalShell>
  )
}
