import { describe, expect, it } from 'vitest'
import { readCancellationPolicy, refundForCancellation } from './cancellation-policy'
import { vietnamLocal } from './local-time'
import { sessionsFromWeeklyRule } from './weekly-rule'

describe('refundForCancellation', () => {
  const policy = { free_until_hours: 48, late_refund_share: 0.5 }
  const startsAt = new Date('2026-12-10T01:00:00Z')

  it('refunds in full inside the free window', () => {
    const now = new Date('2026-12-08T00:59:00Z')

    expect(refundForCancellation({ policy, startsAt, now, paidVnd: 477_000 })).toEqual({
      refundVnd: 477_000,
      window: 'free',
    })
  })

  it('refunds the stated share, in whole đồng, after it', () => {
    const now = new Date('2026-12-09T12:00:00Z')

    expect(refundForCancellation({ policy, startsAt, now, paidVnd: 477_001 })).toEqual({
      refundVnd: 238_500,
      window: 'late',
    })
  })

  it('refunds nothing once the session started', () => {
    const now = new Date('2026-12-10T01:00:00Z')

    expect(refundForCancellation({ policy, startsAt, now, paidVnd: 100 }).refundVnd).toBe(0)
  })

  it('reads a policy from metadata with safe defaults', () => {
    expect(readCancellationPolicy({ cancellation_policy: { free_until_hours: 24 } })).toEqual({
      free_until_hours: 24,
      late_refund_share: 0.5,
    })
    expect(readCancellationPolicy(null)).toEqual({ free_until_hours: 48, late_refund_share: 0.5 })
  })
})

describe('sessionsFromWeeklyRule', () => {
  it('makes a session on each chosen weekday at the Vietnam time', () => {
    const sessions = sessionsFromWeeklyRule({
      weekdays: [6, 0],
      time: '07:00',
      durationMinutes: 180,
      from: '2026-12-01',
      to: '2026-12-14',
    })

    expect(sessions.map((s) => vietnamLocal(s.starts_at).date)).toEqual([
      '2026-12-05',
      '2026-12-06',
      '2026-12-12',
      '2026-12-13',
    ])
    expect(sessions[0]?.starts_at.toISOString()).toBe('2026-12-05T00:00:00.000Z')
    expect(sessions[0]?.ends_at.toISOString()).toBe('2026-12-05T03:00:00.000Z')
  })
})
