import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime } from './format-date'

describe('formatDate', () => {
  it('shows an instant as the date in Asia/Ho_Chi_Minh, not UTC', () => {
    // 18:00 UTC on 16 Feb 2026 is already 17 Feb (Tết) in Vietnam.
    expect(formatDate('2026-02-16T18:00:00Z', 'en')).toBe('17 Feb 2026')
  })

  it('reads a plain day as a Vietnamese calendar day', () => {
    expect(formatDate('2026-03-13', 'en')).toBe('13 Mar 2026')
  })

  it('keeps text it cannot read', () => {
    expect(formatDate('not a date', 'vi')).toBe('not a date')
  })
})

describe('formatDateTime', () => {
  it('shows the local time of day', () => {
    expect(formatDateTime('2026-03-13T01:30:00Z', 'en')).toContain('08:30')
  })
})
