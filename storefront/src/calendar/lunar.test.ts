import { describe, expect, it } from 'vitest'
import { lunarOf, solarOf } from './lunar'

describe('lunarOf', () => {
  it('puts Tết on the Vietnamese dates, including years where China differs', () => {
    // Vietnam celebrated Tết 1985 on 21 Jan (China: 20 Feb) and Tết 2007 on 17 Feb (China: 18 Feb).
    expect(lunarOf(1985, 1, 21)).toMatchObject({ day: 1, month: 1, year: 1985 })
    expect(lunarOf(2007, 2, 17)).toMatchObject({ day: 1, month: 1, year: 2007 })
    expect(lunarOf(2025, 1, 29)).toMatchObject({ day: 1, month: 1, year: 2025 })
    expect(lunarOf(2026, 2, 17)).toMatchObject({ day: 1, month: 1, year: 2026 })
  })

  it('knows the eve is the last day of the twelfth month', () => {
    expect(lunarOf(2026, 2, 16)).toMatchObject({ month: 12, year: 2025 })
  })
})

describe('solarOf', () => {
  it('turns a lunar day back into the solar date', () => {
    expect(solarOf(2026, 1, 1)).toBe('2026-02-17')
    expect(solarOf(2025, 1, 1)).toBe('2025-01-29')
  })
})
