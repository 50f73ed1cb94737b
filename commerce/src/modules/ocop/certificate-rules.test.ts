import { describe, expect, it } from 'vitest'
import {
  certificateExpiry,
  certificateStatus,
  expiresWithin,
  visibleStars,
} from './certificate-rules'

const d = (iso: string) => new Date(iso)

describe('certificateExpiry', () => {
  it('adds 36 calendar months', () => {
    expect(certificateExpiry(d('2023-06-15T00:00:00Z')).toISOString()).toBe(
      '2026-06-15T00:00:00.000Z',
    )
  })

  it('keeps the last day when the target month is shorter', () => {
    expect(certificateExpiry(d('2024-02-29T00:00:00Z')).toISOString()).toBe(
      '2027-02-28T00:00:00.000Z',
    )
    expect(certificateExpiry(d('2023-08-31T00:00:00Z')).toISOString()).toBe(
      '2026-08-31T00:00:00.000Z',
    )
  })
})

describe('certificateStatus and visibleStars', () => {
  const cert = {
    stars: 4,
    issued_at: d('2023-06-15T00:00:00Z'),
    expires_at: d('2026-06-15T00:00:00Z'),
  }

  it('is valid between issue and expiry, with its stars', () => {
    const now = d('2026-06-14T23:59:59Z')

    expect(certificateStatus(cert, now)).toBe('valid')
    expect(visibleStars(cert, now)).toBe(4)
  })

  it('shows no stars once expired', () => {
    const now = d('2026-06-15T00:00:00Z')

    expect(certificateStatus(cert, now)).toBe('expired')
    expect(visibleStars(cert, now)).toBeNull()
  })

  it('shows no stars before the issue date or after revocation', () => {
    expect(certificateStatus(cert, d('2023-01-01T00:00:00Z'))).toBe('pending')
    expect(visibleStars({ ...cert, revoked_at: d('2024-01-01T00:00:00Z') }, d('2025-01-01'))).toBe(
      null,
    )
  })

  it('flags valid certificates expiring within the window only', () => {
    expect(expiresWithin(cert, 90, d('2026-04-01T00:00:00Z'))).toBe(true)
    expect(expiresWithin(cert, 90, d('2026-01-01T00:00:00Z'))).toBe(false)
    expect(expiresWithin(cert, 90, d('2026-07-01T00:00:00Z'))).toBe(false)
  })
})
