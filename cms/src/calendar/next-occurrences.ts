import {
  addDays,
  type CivilDate,
  compareCivilDates,
  formatCivilDate,
  lunarToSolar,
  solarToLunar,
  todayInVietnam,
} from './vietnamese-lunar'

/** How a festival recurs: a fixed solar date, a Vietnamese lunar date, or no fixed date. */
export type Recurrence = {
  calendar: 'solar' | 'lunar' | 'none'
  month?: number | null
  day?: number | null
  leapMonth?: boolean | null
  durationDays?: number | null
}

/** One resolved occurrence: solar start and end dates plus the lunar date of the start. */
export type Occurrence = {
  start: string
  end: string
  lunar: { year: number; month: number; day: number; leap: boolean }
}

function resolveInYear(recurrence: Recurrence, year: number): CivilDate | null {
  const month = recurrence.month ?? 0
  const day = recurrence.day ?? 0
  if (recurrence.calendar === 'solar') {
    const date = new Date(Date.UTC(year, month - 1, day))

    return date.getUTCMonth() === month - 1 ? { year, month, day } : null
  }
  if (recurrence.calendar === 'lunar') {
    const lunar = { year, month, day, leap: Boolean(recurrence.leapMonth) }
    // A lunar month of 29 days has no day 30: the festival falls on the month's last day.
    return lunarToSolar(lunar) ?? (day === 30 ? lunarToSolar({ ...lunar, day: 29 }) : null)
  }

  return null
}

/**
 * The next `count` occurrences of a recurrence that have not ended before today in Vietnam
 * (UTC+7), resolved to solar dates. A leap-month date occurs only in years with that leap month.
 */
export function nextOccurrences(
  recurrence: Recurrence,
  count = 3,
  now: Date = new Date(),
): Occurrence[] {
  if (recurrence.calendar === 'none' || !recurrence.month || !recurrence.day) {
    return []
  }
  const today = todayInVietnam(now)
  const length = Math.max(1, recurrence.durationDays ?? 1)
  const found: Occurrence[] = []
  // Lunar year N starts in solar year N, so looking from last year covers a lunar
  // date of late last lunar year that falls in this solar January or February.
  for (let year = today.year - 1; found.length < count && year <= today.year + 60; year += 1) {
    const start = resolveInYear(recurrence, year)
    if (!start) {
      continue
    }
    const end = addDays(start, length - 1)
    if (compareCivilDates(end, today) < 0) {
      continue
    }
    found.push({
      start: formatCivilDate(start),
      end: formatCivilDate(end),
      lunar: solarToLunar(start),
    })
  }

  return found
}
