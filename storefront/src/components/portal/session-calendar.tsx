import Link from 'next/link'
import type { Locale } from '@/domain/types'
import { intlLocale } from '@/i18n/locales'
import { fill } from '@/i18n/messages'
import type { CalendarView } from '@/portal/calendar-range'
import type { PortalMessages } from '@/portal/portal-messages'
import { portalPath } from '@/portal/portal-paths'
import type { PortalSession } from '@/portal/types'

function dayLabel(iso: string, locale: Locale, view: CalendarView): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    weekday: view === 'week' ? 'long' : undefined,
    day: 'numeric',
    month: view === 'week' ? 'long' : undefined,
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`))
}

function SessionLink({
  session,
  locale,
  t,
  compact,
}: {
  session: PortalSession
  locale: Locale
  t: PortalMessages
  compact: boolean
}) {
  return (
    <Link
      href={portalPath(locale, `/sessions/${session.id}`)}
      className={`portal-session${session.cancelled ? ' portal-session--cancelled' : ''}`}
      data-testid="calendar-session"
      data-session-id={session.id}
    >
      <strong>{session.localTime}</strong>
      {compact ? null : <span> {session.productTitle}</span>}
      <span className="portal-muted">
        {' '}
        {session.cancelled
          ? t.sessions.cancelled
          : fill(t.sessions.seatsLeft, { left: session.seatsLeft, capacity: session.capacity })}
      </span>
    </Link>
  )
}

/**
 * Sessions laid out on Vietnam dates: a week as a list of days (easy on a phone), a month as
 * a grid from Monday. Each session leads to its guest list.
 */
export function SessionCalendar({
  locale,
  t,
  view,
  days,
  month,
  today,
  sessions,
}: {
  locale: Locale
  t: PortalMessages
  view: CalendarView
  days: string[]
  month: string
  today: string
  sessions: PortalSession[]
}) {
  const byDay = new Map<string, PortalSession[]>()
  for (const session of [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    byDay.set(session.localDate, [...(byDay.get(session.localDate) ?? []), session])
  }
  const empty =
    sessions.length === 0 ? <p data-testid="calendar-empty">{t.sessions.empty}</p> : null

  if (view === 'week') {
    return (
      <>
        {empty}
        <ol className="portal-week" data-testid="calendar" data-view="week">
          {days.map((day) => (
            <li key={day} className={day === today ? 'portal-day portal-day--today' : 'portal-day'}>
              <h2>
                <time dateTime={day}>{dayLabel(day, locale, 'week')}</time>
              </h2>
              <ul>
                {(byDay.get(day) ?? []).map((session) => (
                  <li key={session.id}>
                    <SessionLink session={session} locale={locale} t={t} compact={false} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </>
    )
  }

  const monthName = new Intl.DateTimeFormat(intlLocale[locale], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`))
  // Monday first, as the grid is laid out.
  const weekdays = [...t.sessions.weekdayNames.slice(1), ...t.sessions.weekdayNames.slice(0, 1)]

  return (
    <>
      {empty}
      <table className="portal-month" data-testid="calendar" data-view="month">
        <caption>{monthName}</caption>
        <thead>
          <tr>
            {weekdays.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: days.length / 7 }, (_, week) => (
            <tr key={days[week * 7]}>
              {days.slice(week * 7, week * 7 + 7).map((day) => (
                <td
                  key={day}
                  className={[
                    day.startsWith(month) ? '' : 'portal-month__other',
                    day === today ? 'portal-day--today' : '',
                  ].join(' ')}
                >
                  <time dateTime={day}>{Number(day.slice(8))}</time>
                  {(byDay.get(day) ?? []).map((session) => (
                    <SessionLink key={session.id} session={session} locale={locale} t={t} compact />
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
