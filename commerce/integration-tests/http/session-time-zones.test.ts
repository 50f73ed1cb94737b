import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { fromVietnamLocal, vietnamLocal } from '../../src/modules/booking/local-time'
import { adminToken, call, sql, tenantKey } from '../helpers/api'
import { type StartedCommerce, startCommerce } from '../setup/start-commerce'

type ListedSession = {
  id: string
  starts_at: string
  local_date: string
  local_time: string
  meeting_point: { name: string | null }
}

/** A Vietnam calendar date `days` after today's. */
function vietnamDate(days: number): string {
  const today = vietnamLocal(new Date()).date

  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10)
}

describe('session dates whatever the server time zone', () => {
  let losAngeles: StartedCommerce | undefined
  let key: string
  let productId: string
  const day = vietnamDate(12)
  const nextDay = vietnamDate(13)

  async function list(baseUrl: string, from: string, to: string): Promise<ListedSession[]> {
    const response = await fetch(
      `${baseUrl}/store/experiences/na-sang-weaving/sessions?from=${from}&to=${to}`,
      { headers: { 'x-publishable-api-key': key } },
    )
    expect(response.status).toBe(200)
    const body = (await response.json()) as { sessions: ListedSession[] }

    return body.sessions.filter((s) => s.meeting_point.name?.startsWith('tz-'))
  }

  beforeAll(async () => {
    key = await tenantKey('dien-bien-phu')
    const [product] = await sql(`select id from product where handle = 'na-sang-weaving'`)
    productId = product.id
    losAngeles = await startCommerce({
      env: { ...process.env, ...inject('commerceEnv'), TZ: 'America/Los_Angeles' },
      log: 'server-los-angeles.log',
      timeoutMs: 200_000,
    })
  })

  afterAll(async () => {
    await losAngeles?.stop()
  })

  it('a 07:00 and a 00:30 Vietnam session list on the same local date on a UTC and a Los Angeles server', async () => {
    const los = losAngeles?.url ?? ''
    const token = await adminToken()
    const seven = fromVietnamLocal(day, '07:00')
    const one = await call('POST', `/admin/hoaban/products/${productId}/sessions`, {
      token,
      body: {
        capacity: 6,
        meeting_point: 'tz-0700',
        starts_at: seven.toISOString(),
        ends_at: new Date(seven.getTime() + 2 * 3600e3).toISOString(),
      },
    })
    expect(one.status).toBe(201)
    // The Los Angeles server turns a weekly rule's Vietnam time into the UTC instant itself.
    const login = await fetch(`${los}/auth/user/emailpass`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@hoaban.local', password: 'hoaban-demo' }),
    })
    const { token: losToken } = (await login.json()) as { token: string }
    const rule = await fetch(`${los}/admin/hoaban/products/${productId}/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${losToken}` },
      body: JSON.stringify({
        capacity: 6,
        meeting_point: 'tz-0030',
        rule: {
          weekdays: [new Date(`${nextDay}T00:00:00Z`).getUTCDay()],
          time: '00:30',
          durationMinutes: 90,
          from: nextDay,
          to: nextDay,
        },
      }),
    })
    expect(rule.status).toBe(201)
    const [stored] = await sql(
      `select starts_at from experience_session where product_id = $1 and meeting_point = 'tz-0030'`,
      [productId],
    )
    // 00:30 in Vietnam is 17:30 UTC the day before.
    expect(new Date(stored.starts_at).toISOString()).toBe(`${day}T17:30:00.000Z`)

    const fromUtc = await list(inject('commerceUrl'), day, nextDay)
    const fromLos = await list(los, day, nextDay)

    expect(fromUtc.map((s) => [s.meeting_point.name, s.local_date, s.local_time])).toEqual([
      ['tz-0700', day, '07:00'],
      ['tz-0030', nextDay, '00:30'],
    ])
    expect(fromLos).toEqual(fromUtc)
    for (const base of [inject('commerceUrl'), los]) {
      expect((await list(base, nextDay, nextDay)).map((s) => s.meeting_point.name)).toEqual([
        'tz-0030',
      ])
      expect((await list(base, day, day)).map((s) => s.meeting_point.name)).toEqual(['tz-0700'])
    }
  })
})
