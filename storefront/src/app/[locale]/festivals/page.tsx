import type { Metadata } from 'next'
import Link from 'next/link'
import { occurrencesInMonth } from '@/calendar/festival-occurrences'
import { listFestivals } from '@/clients/cms/list-festivals'
import { MonthCalendar } from '@/components/festivals/month-calendar'
import { UnavailableNotice } from '@/components/ui/unavailable-notice'
import { formatDate } from '@/format/format-date'
import { localePath } from '@/i18n/locales'
import { alternates } from '@/lib/alternates'
import { pageContext } from '@/lib/page-context'
import { load } from '@/lib/result'
import { param, type SearchParams } from '@/lib/search-params'
import { todayInVietnam } from '@/lib/today'

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

/** Title and alternates of the festival calendar. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t, locale } = await pageContext(params)

  return {
    title: t.festivals.title,
    description: t.festivals.intro,
    alternates: alternates(locale, '/festivals'),
  }
}

/** The festival calendar: a month with solar and lunar dates, and that month's festivals. */
export default async function FestivalsPage({ params, searchParams }: Props) {
  const { locale, t, tenant, cmsUp } = await pageContext(params)
  const today = todayInVietnam()
  const requested = /^(\d{4})-(\d{2})$/.exec(param(await searchParams, 'month') ?? '')
  const year = requested ? Number(requested[1]) : Number(today.slice(0, 4))
  const monthValue = requested ? Number(requested[2]) : Number(today.slice(5, 7))
  const month = monthValue >= 1 && monthValue <= 12 ? monthValue : 1
  const festivals = cmsUp
    ? await load('cms.festivals', () => listFestivals(tenant.id, locale))
    : ({ ok: false, code: 'upstream_unavailable' } as const)
  const occurrences = festivals.ok ? occurrencesInMonth(festivals.data, year, month) : []

  return (
    <>
      <h1>{t.festivals.title}</h1>
      <p className="lead">{t.festivals.intro}</p>
      {festivals.ok ? null : (
        <UnavailableNotice
          title={t.unavailable.title}
          text={t.unavailable.cms}
          testId="cms-unavailable"
        />
      )}
      <MonthCalendar
        year={year}
        month={month}
        occurrences={occurrences}
        locale={locale}
        t={t}
        todayIso={today}
      />
      <section className="section" aria-labelledby="in-month" data-testid="cms-content">
        <h2 id="in-month">{t.festivals.inMonth}</h2>
        {occurrences.length > 0 ? (
          <ul className="event-list">
            {occurrences.map((entry) => (
              <li key={`${entry.festival.id}-${entry.start}`}>
                <Link href={localePath(locale, `/festivals/${entry.festival.slug}`)}>
                  {entry.festival.title}
                </Link>{' '}
                <span className="muted">
                  {formatDate(entry.start, locale)}
                  {entry.end !== entry.start ? ` – ${formatDate(entry.end, locale)}` : ''} ·{' '}
                  {entry.festival.calendar === 'lunar'
                    ? t.festivals.lunarCalendar
                    : t.festivals.solarCalendar}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t.festivals.noneInMonth}</p>
        )}
      </section>
    </>
  )
}
