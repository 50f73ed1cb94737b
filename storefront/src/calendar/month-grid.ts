import type { LunarDay } from '@/domain/types'
import { lunarOf } from './lunar'

/** One cell of a month calendar. */
export interface CalendarDay {
  iso: string
  day: number
  inMonth: boolean
  lunar: LunarDay
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/**
 * The weeks of a month calendar, Monday first, padded with the neighbouring months' days, each
 * with its lunar date.
 */
export function monthGrid(year: number, month: number): CalendarDay[][] {
  const first = new Date(Date.UTC(year, month - 1, 1))
  const offset = (first.getUTCDay() + 6) % 7
  const start = new Date(first.getTime() - offset * 86_400_000)
  const weeks: CalendarDay[][] = []
  let cursor = start
  do {
    const week: CalendarDay[] = []
    for (let index = 0; index < 7; index += 1) {
      week.push({
        iso: iso(cursor),
        day: cursor.getUTCDate(),
        inMonth: cursor.getUTCMonth() === month - 1,
        lunar: lunarOf(cursor.getUTCFullYear(), cursor.getUTCMonth() + 1, cursor.getUTCDate()),
      })
      cursor = new Date(cursor.getTime() + 86_400_000)
    }
    weeks.push(week)
  } while (cursor.getUTCMonth() === month - 1)

  return weeks
}
