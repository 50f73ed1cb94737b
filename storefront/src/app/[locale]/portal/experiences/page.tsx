import type { Metadata } from 'next'
import Link from 'next/link'
import { listSessions } from '@/clients/vendor/sessions'
import { PageNotice } from '@/components/portal/form-parts'
import { PortalShell } from '@/components/portal/portal-shell'
import { SessionCalendar } from '@/components/portal/session-calendar'
import { fill } from '@/i18n/messages'
import { param, type SearchParams } from '@/lib/search-params'
import { todayInVietnam } from '@/lib/today'
import { calendarRange, isIsoDate } from '@/portal/calendar-range'
import { portalContext, portalRead, signedInContext } from '@/portal/portal-context'
import { portalPath } from '@/portal/portal-paths'

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

/** The calendar's title. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await portalContext(params)).t.sessions.title }
}

/** The cooperative's sessions by week or month, on Vietnam dates, with seats left. */
export default async function PortalExperiencesPage({ params, searchParams }: Props) {
  const context = await signedInContext(params)
  const { locale, t } = context
  const query = await searchParams
  const view = param(query, 'view') === 'month' ? 'month' : 'week'
  const today = todayInVietnam()
  const asked = param(query, 'date') ?? ''
  const anchor = isIsoDate(asked) ? asked : today
  const range = calendarRange(view, anchor)
  const sessions = await portalRead(context, () =>
    listSessions(context.token, { from: range.from, to: range.to }),
  )
  const base = portalPath(locale, '/experiences')
  const href = (v: string, date: string) => `${base}?view=${v}&date=${date}`
  const created = /^created-(\d+)$/.exec(param(query, 'notice') ?? '')?.[1]

  return (
    <PortalShell
      locale={locale}
      t={t}
      publicPath={context.publicPath}
      tenantName={context.tenant.name}
      member={context.member}
      active="experiences"
    >
      <div className="portal-heading">
        <h1>{t.sessions.title}</h1>
        <Link
          href={portalPath(locale, '/experiences/new')}
          className="portal-button"
          data-testid="add-sessions"
        >
          {t.sessions.add}
        </Link>
      </div>
      {created ? <PageNotice text={fill(t.sessions.created, { n: created })} /> : null}
      <nav aria-label={t.sessions.view} className="portal-tabs">
        <Link
          href={href('week', anchor)}
          aria-current={view === 'week' ? 'page' : undefined}
          data-testid="view-week"
        >
          {t.sessions.week}
        </Link>
        <Link
          href={href('month', anchor)}
          aria-current={view === 'month' ? 'page' : undefined}
          data-testid="view-month"
        >
          {t.sessions.month}
        </Link>
      </nav>
      <nav aria-label={t.sessions.title} className="portal-pager">
        <Link href={href(view, range.previous)} data-testid="calendar-previous">
          ← {t.sessions.previous}
        </Link>
        <Link href={href(view, today)}>{t.sessions.today}</Link>
        <Link href={href(view, range.next)} data-testid="calendar-next">
          {t.sessions.next} →
        </Link>
      </nav>
      <SessionCalendar
        locale={locale}
        t={t}
        view={view}
        days={range.days}
        month={anchor.slice(0, 7)}
        today={today}
        sessions={sessions}
      />
    </PortalShell>
  )
}
