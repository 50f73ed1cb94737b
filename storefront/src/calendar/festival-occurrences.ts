import type { Festival } from '@/domain/types'
import { solarOf } from './lunar'

/** One edition of a festival: its first and last day (ISO, Vietnamese calendar days). */
export interface Occurrence {
  festival: Festival
  start: string
  end: string
}

function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/**
 * The editions of festivals that overlap a solar month: dated editions as stored, and lunar
 * festivals on their lunar day in the lunar years that can reach the month.
 */
export function occurrencesInMonth(
  festivals: Festival[],
  year: number,
  month: number,
): Occurrence[] {
  const monthStart = `${year}-${String(month).padStart(2, '0')}-01`
  const monthEnd = addDays(
    month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`,
    -1,
  )
  const found: Occurrence[] = []
  for (const festival of festivals) {
    const candidates: { start: string; end: string }[] = [...festival.editions]
    if (festival.solar) {
      const { day, month: solarMonth } = festival.solar
      for (const solarYear of [year - 1, year]) {
        const start = `${solarYear}-${String(solarMonth).padStart(2, '0')}-${String(day).padStart(2, '0')}`
        candidates.push({ start, end: addDays(start, festival.durationDays - 1) })
      }
    }
    if (festival.startDate) {
      candidates.push({
        start: festival.startDate,
        end: festival.endDate ?? addDays(festival.startDate, festival.durationDays - 1),
      })
    }
    if (festival.lunar) {
      for (const lunarYear of [year - 1, year]) {
        const start = solarOf(lunarYear, festival.lunar.month, festival.lunar.day)
        if (start) candidates.push({ start, end: addDays(start, festival.durationDays - 1) })
      }
    }
    for (const candidate of candidates) {
      const overlaps = candidate.start <= monthEnd && candidate.end >= monthStart
      const duplicate = found.some(
        (entry) => entry.festival.id === festival.id && entry.start === candidate.start,
      )
      if (overlaps && !duplicate) found.push({ festival, ...candidate })
    }
  }

  return found.sort((a, b) => a.start.localeCompare(b.start))
}

/** The next editions from a day on (for "upcoming festivals"), soonest first. */
export function upcoming(festivals: Festival[], todayIso: string, limit: number): Occurrence[] {
  const [year, month] = todayIso.split('-').map(Number) as [number, number]
  const found: Occurrence[] = []
  for (let step = 0; step < 12 && found.length < limit; step += 1) {
    const y = year + Math.floor((month - 1 + step) / 12)
    const m = ((month - 1 + step) % 12) + 1
    for (const occurrence of occurrencesInMonth(festivals, y, m)) {
      const seen = found.some((entry) => entry.festival.id === occurrence.festival.id)
      if (occurrence.end >= todayIso && !seen) found.push(occurrence)
    }
  }

  return found.slice(0, limit)
}
