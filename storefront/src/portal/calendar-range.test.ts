import { describe, expect, it } from 'vitest'
import { addDays, calendarRange, isIsoDate, mondayOf } from './calendar-range'

describe('calendarRange', () => {
  it('shows a week from Monday to Sunday around the anchor', () => {
    // 4 Dec 2026 is a Friday.
    const week = calendarRange('week', '2026-12-04')
    expect(week.from).toBe('2026-11-30')
    expect(week.to).toBe('2026-12-06')
    expect(week.days).toHaveLength(7)
    expect(week.previous).toBe('2026-11-23')
    expect(week.next).toBe('2026-12-07')
  })

  it('pads a month to whole weeks from Monday', () => {
    const month = calendarRange('month', '2026-02-10')
    expect(month.from).toBe('2026-01-26')
    expect(month.to).toBe('2026-03-01')
    expect(month.days.length % 7).toBe(0)
    expect(month.days).toContain('2026-02-28')
    expect(month.previous).toBe('2026-01-01')
    expect(month.next).toBe('2026-03-01')
  })

  it('moves across a year end', () => {
    expect(calendarRange('month', '2026-12-31').next).toBe('2027-01-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(mondayOf('2027-01-03')).toBe('2026-12-28')
  })
})

describe('isIsoDate', () => {
  it('takes real dates only', () => {
    expect(isIsoDate('2026-12-04')).toBe(true)
    expect(isIsoDate('2026-02-30')).toBe(false)
    expect(isIsoDate('2026-12-4')).toBe(false)
  })
})
