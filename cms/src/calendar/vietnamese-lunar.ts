import { getLunarDate, getSolarDate } from '@dqcai/vn-lunar'

/** A calendar date without time, as shown in Asia/Ho_Chi_Minh. Months and days count from 1. */
export type CivilDate = { year: number; month: number; day: number }

/** A Vietnamese lunar date; `leap` marks the intercalary (nhuận) month. */
export type LunarDate = { year: number; month: number; day: number; leap: boolean }

/**
 * Converts a Vietnamese lunar date to the solar date, computed for UTC+7 (the Vietnamese
 * calendar, which differs from the Chinese UTC+8 one on some new moons, e.g. Tết 1985).
 * Returns null when that lunar month has no such day (a 29-day month asked for day 30).
 */
export function lunarToSolar(lunar: LunarDate): CivilDate | null {
  const solar = getSolarDate(lunar.day, lunar.month, lunar.year, lunar.leap)
  if (!solar || !solar.year) {
    return null
  }
  const back = solarToLunar({ year: solar.year, month: solar.month, day: solar.day })
  if (back.day !== lunar.day || back.month !== lunar.month || back.leap !== lunar.leap) {
    return null
  }

  return { year: solar.year, month: solar.month, day: solar.day }
}

/** Converts a solar date to the Vietnamese lunar date (UTC+7). */
export function solarToLunar(date: CivilDate): LunarDate {
  const lunar = getLunarDate(date.day, date.month, date.year)

  return { year: lunar.year, month: lunar.month, day: lunar.day, leap: Boolean(lunar.leap) }
}

/** Today's date in Vietnam (UTC+7, no daylight saving). */
export function todayInVietnam(now: Date = new Date()): CivilDate {
  const shifted = new Date(now.getTime() + 7 * 60 * 60 * 1000)

  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  }
}

/** Formats a civil date as ISO `YYYY-MM-DD`. */
export function formatCivilDate(date: CivilDate): string {
  const pad = (value: number) => String(value).padStart(2, '0')

  return `${date.year}-${pad(date.month)}-${pad(date.day)}`
}

/** Compares two civil dates: negative when a is earlier. */
export function compareCivilDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day
}

/** Adds whole days to a civil date. */
export function addDays(date: CivilDate, days: number): CivilDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days))

  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() }
}
