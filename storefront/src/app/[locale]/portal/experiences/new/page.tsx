import type { Metadata } from 'next'
import Link from 'next/link'
import { listExperiences } from '@/clients/vendor/sessions'
import { PortalShell } from '@/components/portal/portal-shell'
import { NewSessionsForm } from '@/components/portal/session-forms'
import { todayInVietnam } from '@/lib/today'
import { portalContext, portalRead, signedInContext } from '@/portal/portal-context'
import { portalPath } from '@/portal/portal-paths'

type Props = { params: Promise<{ locale: string }> }

/** The new sessions page's title. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await portalContext(params)).t.sessions.newTitle }
}

/** Adds one session or a weekly series to one of the cooperative's experiences. */
export default async function NewSessionsPage({ params }: Props) {
  const context = await signedInContext(params)
  const { locale, t } = context
  const experiences = await portalRead(context, () => listExperiences(context.token))

  return (
    <PortalShell
      locale={locale}
      t={t}
      publicPath={context.publicPath}
      tenantName={context.tenant.name}
      member={context.member}
      active="experiences"
    >
      <p>
        <Link href={portalPath(locale, '/experiences')}>← {t.sessions.back}</Link>
      </p>
      <h1>{t.sessions.newTitle}</h1>
      {experiences.length === 0 ? (
        <p>{t.sessions.noExperiences}</p>
      ) : (
        <NewSessionsForm locale={locale} t={t} experiences={experiences} today={todayInVietnam()} />
      )}
    </PortalShell>
  )
}
