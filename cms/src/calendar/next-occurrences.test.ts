import { describe, expect, it } from 'vitest'

import { nextOccurrences } from './next-occurrences'
import { lunarToSolar, solarToLunar, todayInVietnam } from './vietnamese-lunar'

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    // The Vietnamese and Chinese calendars differ: Chinese New Year 1985 fell on 20 Feb.
    [1985, '1985-01-21'],
    // Chinese New Year 2007 fell on 18 Feb, 1968 on 30 Jan.
    [2007, '2007-02-17'],
    [1968, '1968-01-29'],
  ])('puts Tết %i on %s', (year, expected) => {
    const solar = lunarToSolar({ year, month: 1, day: 1, leap: false })
    expect(solar).not.toBeNull()
    const { year: y, month, day } = solar!
    expect(`${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).toBe(expected)
  })

  it('converts solar to lunar: 20 Feb 1985 is the 1st of the 2nd lunar month in Vietnam', () => {
    expect(solarToLunar({ year: 1985, month: 2, day: 20 })).toEqual({
      year: 1985,
      month: 2,
      day: 1,
      leap: false,
    })
  })

  it('knows that a 29-day lunar month has no day 30', () => {
    // The 12th lunar month of 2024 (Ất Tỵ Tết 2025 on 29 Jan 2025) has 29 days.
    expect(lunarToSolar({ year: 2024, month: 12, day: 30, leap: false })).toBeNull()
    expect(lunarToSolar({ year: 2024, month: 12, day: 29, leap: false })).toEqual({
      year: 2025,
      month: 1,
      day: 28,
    })
  })

  it('takes today in UTC+7: 17:30 UTC on 31 Dec is already 1 Jan in Vietnam', () => {
    expect(todayInVietnam(new Date('2025-12-31T17:30:00Z'))).toEqual({
      year: 2026,
      month: 1,
      day: 1,
    })
  })
})

describe('nextOccurrences', () => {
  it('resolves a lunar festival (Tết) to the coming solar dates', () => {
    const next = nextOccurrences(
      { calendar: 'lunar', month: 1, day: 1, durationDays: 3 },
      3,
      new Date('2024-06-01T00:00:00Z'),
    )
    expect(next.map((o) => o.start)).toEqual(['2025-01-29', '2026-02-17', '2027-02-06'])
    expect(next[0]).toMatchObject({ end: '2025-01-31', lunar: { year: 2025, month: 1, day: 1 } })
  })

  it('keeps an occurrence that is still running today', () => {
    const next = nextOccurrences(
      { calendar: 'solar', month: 4, day: 13, durationDays: 3 },
      1,
      new Date('2026-04-15T03:00:00Z'),
    )
    expect(next[0]).toMatchObject({ start: '2026-04-13', end: '2026-04-15' })
  })

  it('moves a solar festival to next year once it has passed', () => {
    const next = nextOccurrences(
      { calendar: 'solar', month: 5, day: 7 },
      2,
      new Date('2026-05-08T00:00:00Z'),
    )
    expect(next.map((o) => o.start)).toEqual(['2027-05-07', '2028-05-07'])
  })

  it('falls back to the 29th when a lunar month ends before the 30th', () => {
    const next = nextOccurrences(
      { calendar: 'lunar', month: 12, day: 30 },
      1,
      new Date('2025-01-01T00:00:00Z'),
    )
    expect(next[0]?.start).toBe('2025-01-28')
  })

  it('has no dates for a tradition without a fixed date', () => {
    expect(nextOccurrences({ calendar: 'none' })).toEqual([])
  })
})
