import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { getDashboard } from '@/clients/vendor/orders'
import { PortalShell } from '@/components/portal/portal-shell'
import { formatDate } from '@/format/format-date'
import { fill } from '@/i18n/messages'
import { portalContext, portalRead, signedInContext } from '@/portal/portal-context'
import { portalPath } from '@/portal/portal-paths'

type Props = { params: Promise<{ locale: string }> }

/** The first screen's title. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await portalContext(params)).t.dashboard.title }
}

function Task({
  id,
  title,
  count,
  href,
  children,
}: {
  id: string
  title: string
  count: number
  href: string
  children?: ReactNode
}) {
  return (
    <section
      className={`portal-task${count > 0 ? ' portal-task--due' : ''}`}
      aria-labelledby={`task-${id}`}
      data-testid={`task-${id}`}
    >
      <h2 id={`task-${id}`}>
        <Link href={href}>
          <span className="portal-task__count" data-testid={`task-${id}-count`}>
            {count}
          </span>{' '}
          {title}
        </Link>
      </h2>
      {children}
    </section>
  )
}

/**
 * What needs doing: orders to ship, payments to collect, sessions in the next 7 days,
 * certificates expiring and products awaiting approval, each leading to its page.
 */
export default async function PortalDashboardPage({ params }: Props) {
  const context = await signedInContext(params)
  const { locale, t, member, token } = context
  const dashboard = await portalRead(context, () => getDashboard(token))
  const d = t.dashboard

  return (
    <PortalShell
      locale={locale}
      t={t}
      publicPath={context.publicPath}
      tenantName={context.tenant.name}
      member={member}
      active="dashboard"
    >
      <h1>{d.title}</h1>
      <p>{fill(d.hello, { name: member.name ?? member.email })}</p>
      <div className="portal-tasks" data-testid="portal-dashboard">
        <Task
          id="orders"
          title={d.ordersToShip}
          count={dashboard.ordersToShip}
          href={`${portalPath(locale, '/orders')}?filter=to_ship`}
        />
        <Task
          id="payments"
          title={d.paymentsToCollect}
          count={dashboard.paymentsToCollect}
          href={`${portalPath(locale, '/orders')}?filter=all`}
        />
        <Task
          id="sessions"
          title={d.sessionsSoon}
          count={dashboard.sessionsNext7Days.length}
          href={`${portalPath(locale, '/experiences')}?view=week`}
        >
          <ul className="portal-list">
            {dashboard.sessionsNext7Days.map((session) => (
              <li key={session.id}>
                <Link href={portalPath(locale, `/sessions/${session.id}`)}>
                  {formatDate(session.localDate, locale)} {session.localTime} ·{' '}
                  {session.productTitle}
                </Link>{' '}
                <span className="portal-muted">{fill(d.seatsLeft, { n: session.seatsLeft })}</span>
              </li>
            ))}
          </ul>
        </Task>
        <Task
          id="certificates"
          title={d.certificatesExpiring}
          count={dashboard.certificatesExpiring.length}
          href={portalPath(locale, '/products')}
        >
          <ul className="portal-list">
            {dashboard.certificatesExpiring.map((cert) => (
              <li key={`${cert.productId}-${cert.certificateNumber}`}>
                <Link href={portalPath(locale, `/products/${cert.productId}`)}>
                  {cert.productTitle}
                </Link>{' '}
                <span className="portal-warning">
                  {cert.daysLeft < 0
                    ? fill(d.expiredDays, { n: -cert.daysLeft })
                    : fill(d.daysLeft, { n: cert.daysLeft })}{' '}
                  ({formatDate(cert.expiresAt, locale)})
                </span>
              </li>
            ))}
          </ul>
        </Task>
        <Task
          id="approvals"
          title={d.pendingApprovals}
          count={dashboard.pendingApprovals.length}
          href={portalPath(locale, '/products')}
        >
          <ul className="portal-list">
            {dashboard.pendingApprovals.map((approval) => (
              <li key={approval.id}>
                <Link href={portalPath(locale, `/products/${approval.productId}`)}>
                  {approval.productTitle}
                </Link>
              </li>
            ))}
          </ul>
        </Task>
      </div>
    </PortalShell>
  )
}
