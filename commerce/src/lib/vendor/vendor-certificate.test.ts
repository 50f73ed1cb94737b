import { describe, expect, it } from 'vitest'
import { toVendorCertificate } from './vendor-certificate'

const base = {
  stars: 4,
  certificate_number: 'OCOP-DB-2024-001',
  issuing_level: 'province',
  product_group: 'food',
}

describe('toVendorCertificate', () => {
  const now = new Date('2026-12-04T09:00:00Z')

  it('derives the expiry of a proposal as issue date + 36 months', () => {
    const cert = toVendorCertificate({ ...base, issued_at: '2026-01-31' }, now)

    expect(cert.issued_at).toBe('2026-01-31')
    expect(cert.expires_at).toBe('2029-01-31')
    expect(cert.warning).toBeNull()
  })

  it('warns from 90 days before expiry, not at 91', () => {
    const at90 = new Date(now.getTime() + 90 * 24 * 3600 * 1000)
    const at91 = new Date(now.getTime() + 91 * 24 * 3600 * 1000)

    expect(
      toVendorCertificate({ ...base, issued_at: '2024-01-01', expires_at: at90 }, now),
    ).toMatchObject({ warning: 'expiring', days_left: 90 })
    expect(
      toVendorCertificate({ ...base, issued_at: '2024-01-01', expires_at: at91 }, now).warning,
    ).toBeNull()
  })

  it('says expired once the date has passed, counting the days since as negative', () => {
    const cert = toVendorCertificate(
      { ...base, issued_at: '2023-01-01', expires_at: '2026-01-01' },
      now,
    )

    expect(cert.warning).toBe('expired')
    expect(cert.days_left).toBeLessThan(0)
  })
})
