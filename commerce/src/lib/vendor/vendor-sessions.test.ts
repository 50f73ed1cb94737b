import { describe, expect, it } from 'vitest'
import {
  MAX_SESSIONS_PER_REQUEST,
  requestedSessionTimes,
  vietnamDateRange,
} from './vendor-sessions'

const now = new Date('2027-04-20T00:00:00Z')

describe('vietnamDateRange', () => {
  it('runs from 00:00 Vietnam time of the first date to 00:00 after the last', () => {
    expect(vietnamDateRange({ from: '2027-05-01', to: '2027-05-01' })).toEqual({
      start: new Date('2027-04-30T17:00:00Z'),
      end: new Date('2027-05-01T17:00:00Z'),
    })
  })
})

describe('requestedSessionTimes', () => {
  it('gives one session for starts_at and ends_at, refusing reversed or past times', () => {
    expect(
      requestedSessionTimes(
        { starts_at: '2027-05-01T01:00:00Z', ends_at: '2027-05-01T03:00:00Z' },
        now,
      ),
    ).toEqual([
      { starts_at: new Date('2027-05-01T01:00:00Z'), ends_at: new Date('2027-05-01T03:00:00Z') },
    ])
    expect(() =>
      requestedSessionTimes(
        { starts_at: '2027-05-01T03:00:00Z', ends_at: '2027-05-01T01:00:00Z' },
        now,
      ),
    ).toThrow(/^ends_at:/)
    expect(() =>
      requestedSessionTimes(
        { starts_at: '2027-04-01T01:00:00Z', ends_at: '2027-04-01T03:00:00Z' },
        now,
      ),
    ).toThrow(/^starts_at:/)
  })

  it('skips rule dates already past and refuses rules giving none or too many', () => {
    const rule = { weekdays: [1], time: '08:00', durationMinutes: 60 }
    const april = requestedSessionTimes(
      { rule: { ...rule, from: '2027-04-01', to: '2027-04-30' } },
      now,
    )
    // Mondays of April 2027 are the 5th, 12th, 19th and 26th; only the 26th lies ahead.
    expect(april).toEqual([
      { starts_at: new Date('2027-04-26T01:00:00Z'), ends_at: new Date('2027-04-26T02:00:00Z') },
    ])
    expect(() =>
      requestedSessionTimes({ rule: { ...rule, from: '2027-04-01', to: '2027-04-19' } }, now),
    ).toThrow(/^rule: gives no dates/)
    expect(() =>
      requestedSessionTimes({ rule: { ...rule, from: '2027-05-10', to: '2027-05-01' } }, now),
    ).toThrow(/^rule.to:/)
    expect(() =>
      requestedSessionTimes(
        {
          rule: { ...rule, weekdays: [0, 1, 2, 3, 4, 5, 6], from: '2027-05-01', to: '2029-05-01' },
        },
        now,
      ),
    ).toThrow(new RegExp(`at most ${MAX_SESSIONS_PER_REQUEST}`))
  })
})
