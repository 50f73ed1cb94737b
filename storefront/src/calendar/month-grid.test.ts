import { describe, expect, it } from 'vitest'
import { monthGrid } from './month-grid'

describe('monthGrid', () => {
  it('starts on Monday and covers every day of February 2026', () => {
    const weeks = monthGrid(2026, 2)
    const days = weeks.flat().filter((cell) => cell.inMonth)
    expect(days).toHaveLength(28)
    // 1 Feb 2026 is a Sunday: the first row is Mon 26 Jan .. Sun 1 Feb.
    expect(weeks[0]?.[0]?.iso).toBe('2026-01-26')
    expect(weeks[0]?.[6]?.iso).toBe('2026-02-01')
    expect(weeks.every((week) => week.length === 7)).toBe(true)
  })

  it('carries the lunar date of each day', () => {
    const tet = monthGrid(2026, 2)
      .flat()
      .find((cell) => cell.iso === '2026-02-17')
    expect(tet?.lunar).toMatchObject({ day: 1, month: 1 })
  })
})
