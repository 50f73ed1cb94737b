import { afterEach, describe, expect, it } from 'vitest'
import { fromVietnamLocal, vietnamLocal } from './local-time'
import { signTicket, verifyTicket } from './tickets'

describe('Vietnam local time', () => {
  const original = process.env.TZ
  afterEach(() => {
    process.env.TZ = original
  })

  for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo']) {
    it(`lists a 07:00 Vietnam session on its Vietnam date with TZ=${tz}`, () => {
      process.env.TZ = tz
      const start = fromVietnamLocal('2026-12-05', '07:00')

      expect(start.toISOString()).toBe('2026-12-05T00:00:00.000Z')
      expect(vietnamLocal(start)).toEqual({ date: '2026-12-05', time: '07:00' })
      expect(vietnamLocal(fromVietnamLocal('2026-12-06', '06:30'))).toEqual({
        date: '2026-12-06',
        time: '06:30',
      })
    })
  }
})

describe('ticket codes', () => {
  const secret = 'ticket-secret-for-tests'

  it('verifies a genuine code and refuses forged or altered ones', () => {
    const code = signTicket('book_01ABC', secret)

    expect(verifyTicket(code, secret)).toBe('book_01ABC')
    expect(verifyTicket(code.replace('book_01ABC', 'book_01ABD'), secret)).toBeNull()
    expect(verifyTicket(`${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`, secret)).toBeNull()
    expect(verifyTicket(code, 'another-secret')).toBeNull()
    expect(verifyTicket('HBT.book_01ABC.short', secret)).toBeNull()
  })
})
