import { describe, expect, it } from 'vitest'
import { certificateExpiry, daysUntil, expiryWarning } from './certificate-expiry'

describe('certificateExpiry', () => {
  it('adds 36 months to the issue date', () => {
    expect(certificateExpiry('2024-03-15')).toBe('2027-03-15')
  })

  it('falls back to the last day of a shorter target month', () => {
    expect(certificateExpiry('2024-02-29')).toBe('2027-02-28')
  })

  it('refuses a date that does not exist', () => {
    expect(certificateExpiry('2024-02-30')).toBeNull()
    expect(certificateExpiry('15/03/2024')).toBeNull()
  })
})

describe('expiryWarning', () => {
  it('warns from 90 days before expiry, not 91', () => {
    expect(expiryWarning('2027-03-31', '2026-12-31')).toBe('expiring')
    expect(daysUntil('2027-03-31', '2026-12-31')).toBe(90)
    expect(expiryWarning('2027-04-01', '2026-12-31')).toBeNull()
  })

  it('says expired the day after the expiry date', () => {
    expect(expiryWarning('2026-12-30', '2026-12-31')).toBe('expired')
    expect(expiryWarning('2026-12-31', '2026-12-31')).toBe('expiring')
  })
})
