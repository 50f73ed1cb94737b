import { getLunarDate, getSolarDate } from '@dqcai/vn-lunar'
import type { LunarDay } from '@/domain/types'

/**
 * The Vietnamese lunar date of a solar day (computed for UTC+7, which differs from the Chinese
 * calendar on some dates, e.g. Tết 1985 and 2007).
 */
export function lunarOf(year: number, month: number, day: number): LunarDay {
  const lunar = getLunarDate(day, month, year)

  return { day: lunar.day, month: lunar.month, year: lunar.year, leap: lunar.leap }
}

/** The solar date (ISO YYYY-MM-DD) of a lunar day in a lunar year; null when it does not exist. */
export function solarOf(
  lunarYear: number,
  lunarMonth: number,
  lunarDay: number,
  leap = false,
): string | null {
  const solar = getSolarDate(lunarDay, lunarMonth, lunarYear, leap)
  if (!solar || !solar.year || solar.day <= 0) return null

  return `${solar.year}-${String(solar.month).padStart(2, '0')}-${String(solar.day).padStart(2, '0')}`
}
