import { headers } from 'next/headers'
import Link from 'next/link'
import { splitLocalePath } from '@/i18n/locales'
import { portalMessages } from '@/portal/portal-messages'
import { portalPath } from '@/portal/portal-paths'

/**
 * The portal's not-found page: what a missing id, or another cooperative's, leads to. It says
 * nothing about whether the id exists elsewhere.
 */
export default async function PortalNotFound() {
  const { locale } = splitLocalePath((await headers()).get('x-public-path') ?? '/')
  const t = portalMessages(locale)

  return (
    <div className="portal">
      <main id="main" tabIndex={-1} className="portal-main">
        <section className="portal-card" data-testid="portal-not-found">
          <h1>{t.notFound.title}</h1>
          <p>{t.notFound.text}</p>
          <p>
            <Link href={portalPath(locale)}>{t.notFound.back}</Link>
          </p>
        </section>
      </main>
    </div>
  )
}
