import { describe, expect, it } from 'vitest'
import { cooperativeKind, cooperativeTenant, demoIssueDate } from './cooperative-seed-data'
import { readCooperatives } from './reference-data'
import { certificateExpiry, certificateStatus } from '../../modules/ocop/certificate-rules'

describe('cooperative seed data', () => {
  it('maps the free-text legal forms to the three kinds', () => {
    expect(cooperativeKind("cooperative (women's weaving)")).toBe('cooperative')
    expect(cooperativeKind('joint-stock company')).toBe('company')
    expect(cooperativeKind('household business')).toBe('household_business')
    expect(cooperativeKind('unverified — only the brand name appears in the source')).toBe(
      'household_business',
    )
  })

  it('places the Mường Phăng homestay in the muong-phang tenant and others in the ward', () => {
    const coops = readCooperatives()
    const tenantOf = (id: string) => cooperativeTenant(coops.find((c) => c.id === id)!)

    expect(tenantOf('homestay-phuong-duc')).toBe('muong-phang')
    expect(tenantOf('htx-hong-phuoc')).toBe('dien-bien-phu')
  })

  it('issues demo certificates in the past so they start valid, the same on every run', () => {
    const today = new Date('2026-12-03T10:00:00Z')
    const issued = demoIssueDate('mat-ong-ban-to-dien-bien', today)

    expect(issued.getTime()).toBeLessThan(today.getTime())
    expect(demoIssueDate('mat-ong-ban-to-dien-bien', today)).toEqual(issued)
    expect(
      certificateStatus({ issued_at: issued, expires_at: certificateExpiry(issued) }, today),
    ).toBe('valid')
  })
})
