import Link from 'next/link'
import type { Occurrence } from '@/calendar/festival-occurrences'
import { monthGrid } from '@/calendar/month-grid'
import type { Locale } from '@/domain/types'
import { intlLocale, localePath } from '@/i18n/locales'
import { fill, type Messages } from '@/i18n/messages'

interface MonthCalendarProps {
  year: number
  month: number
  occurrences: Occurrence[]
  locale: Locale
  t: Messages
  todayIso: string
}

function monthParam(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`
}

/** A month of solar days, each with its lunar date, and the festivals falling on it. */
export function MonthCalendar({
  year,
  month,
  occurrences,
  locale,
  t,
  todayIso,
}: MonthCalendarProps) {
  const weeks = monthGrid(year, month)
  const title = new Intl.DateTimeFormat(intlLocale[locale], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)))
  const previous = month === 1 ? monthParam(year - 1, 12) : monthParam(year, month - 1)
  const next = month === 12 ? monthParam(year + 1, 1) : monthParam(year, month + 1)
  const base = localePath(locale, '/festivals')

  return (
    <section className="calendar" aria-labelledby="calendar-title" data-testid="festival-calendar">
      <div className="calendar__head">
        <Link href={`${base}?month=${previous}`} rel="prev" aria-label={t.festivals.previousMonth}>
          ‹
        </Link>
        <h2 id="calendar-title" aria-live="polite">
          {title}
        </h2>
        <Link href={`${base}?month=${next}`} rel="next" aria-label={t.festivals.nextMonth}>
          ›
        </Link>
      </div>
      <table className="calendar__grid">
        <caption className="visually-hidden">
          {t.festivals.calendar}: {title}
        </caption>
        <thead>
          <tr>
            {t.festivals.weekdays.split(',').map((day) => (
              <th key={day} scope="col">
                {day}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.iso}>
              {week.map((cell) => {
                const today = cell.iso === todayIso
                const events = occurrences.filter(
                  (entry) => entry.start <= cell.iso && entry.end >= cell.iso,
                )
                const lunarText =
                  cell.lunar.day === 1
                    ? `${cell.lunar.day}/${cell.lunar.month}${cell.lunar.leap ? '*' : ''}`
                    : String(cell.lunar.day)
                const lunarLabel = `${t.festivals.lunar} ${cell.lunar.day} ${fill(t.festivals.lunarMonthStart, { month: cell.lunar.month })}${cell.lunar.leap ? ` ${t.festivals.leap}` : ''}`

                return (
                  <td
                    key={cell.iso}
                    className={`calendar__day${cell.inMonth ? '' : ' calendar__day--out'}${today ? ' calendar__day--today' : ''}`}
                    aria-current={today ? 'date' : undefined}
                  >
                    <span className="calendar__solar">{cell.day}</span>
                    <span className="calendar__lunar" title={lunarLabel}>
                      <span aria-hidden="true">{lunarText}</span>
                      <span className="visually-hidden">{lunarLabel}</span>
                    </span>
                    {events.map((entry) => (
                      <Link
                        key={entry.festival.id}
                        href={localePath(locale, `/festivals/${entry.festival.slug}`)}
                        className="calendar__event"
                      >
                        {entry.festival.title}
                      </Link>
                    ))}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
