import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { call, sql, tenantKey } from '../helpers/api'
import { completeCart, prepareCart, regionId } from '../helpers/checkout'

async function memberToken(cooperativeHandle: string): Promise<string> {
  const reply = await call('POST', '/auth/cooperative_member/emailpass', {
    body: { email: `${cooperativeHandle}@coop.hoaban.local`, password: 'hoaban-demo' },
  })
  if (reply.status !== 200) throw new Error(`member login ${reply.status}`)

  return reply.body.token
}

/** Messages the notification folder holds for a template. */
async function messages(
  template: string,
): Promise<{ to: string; data: Record<string, unknown> }[]> {
  const dir = inject('notificationsDir')
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) =>
    f.startsWith(`${template}-`),
  )

  return Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), 'utf8'))))
}

type Session = {
  id: string
  product_id: string
  starts_at: string
  local: { date: string; time: string }
  status: string
  seats_taken: number
  seats_left: number
}

describe('vendor sessions: calendar, weekly rule, move, cancel, guests', () => {
  let weavers: string
  let honey: string
  let weaving: { id: string; adultVariant: string }
  let honeyProductId: string
  let bookedSessionId: string
  let buyerEmail: string

  beforeAll(async () => {
    ;[weavers, honey] = await Promise.all([
      memberToken('htx-na-sang-2'),
      memberToken('htx-ong-mat-dien-bien'),
    ])
    const [product] = await sql(`select id from product where handle = 'na-sang-weaving'`)
    const [adult] = await sql(
      `select id from product_variant where product_id = $1 and title like '%adult%'`,
      [product.id],
    )
    weaving = { id: product.id, adultVariant: adult.id }
    const [own] = await sql(`select id from product where handle = 'mat-ong-ban-to-dien-bien'`)
    honeyProductId = own.id
  })

  it('lists the cooperative’s own experiences only', async () => {
    const mine = await call('GET', '/vendor/experiences', { token: weavers })
    const theirs = await call('GET', '/vendor/experiences', { token: honey })

    expect(mine.status).toBe(200)
    expect(mine.body.experiences).toContainEqual({
      id: weaving.id,
      title: expect.any(String),
      handle: 'na-sang-weaving',
    })
    expect(theirs.body.experiences.map((e: { id: string }) => e.id)).not.toContain(weaving.id)
  })

  it('creates sessions by weekly rule on the right Vietnam dates, for own experiences only', async () => {
    // 06:30 in Vietnam is 23:30 UTC the day before: a UTC calendar would file them on Fridays.
    const rule = {
      capacity: 6,
      meeting_point: 'Nhà văn hoá bản Na Sang 2',
      rule: {
        weekdays: [6],
        time: '06:30',
        durationMinutes: 120,
        from: '2027-05-01',
        to: '2027-05-31',
      },
    }
    const foreign = await call('POST', `/vendor/products/${weaving.id}/sessions`, {
      token: honey,
      body: rule,
    })
    const notAnExperience = await call('POST', `/vendor/products/${honeyProductId}/sessions`, {
      token: honey,
      body: rule,
    })
    expect([foreign.status, notAnExperience.status]).toEqual([404, 404])

    const created = await call('POST', `/vendor/products/${weaving.id}/sessions`, {
      token: weavers,
      body: rule,
    })
    expect(created.status).toBe(201)
    expect(created.body.created).toBe(5)

    const may = await call('GET', '/vendor/sessions?from=2027-05-01&to=2027-05-31', {
      token: weavers,
    })
    const mine = (may.body.sessions as Session[]).filter((s) => s.local.time === '06:30')
    expect(mine.map((s) => s.local.date)).toEqual([
      '2027-05-01',
      '2027-05-08',
      '2027-05-15',
      '2027-05-22',
      '2027-05-29',
    ])
    expect(mine[0]?.starts_at).toBe('2027-04-30T23:30:00.000Z')
    expect(mine[0]).toMatchObject({ product_id: weaving.id, status: 'scheduled', seats_left: 6 })

    const oneDay = await call('GET', '/vendor/sessions?from=2027-05-08&to=2027-05-08', {
      token: weavers,
    })
    expect(
      (oneDay.body.sessions as Session[]).filter((s) => s.local.time === '06:30'),
    ).toHaveLength(1)
    const honeyView = await call('GET', '/vendor/sessions?from=2027-05-01&to=2027-05-31', {
      token: honey,
    })
    expect(honeyView.body.sessions).toEqual([])

    const backwards = await call('GET', '/vendor/sessions?from=2027-05-31&to=2027-05-01', {
      token: weavers,
    })
    expect(backwards.status).toBe(400)
    expect(backwards.body.message).toMatch(/^to:/)
    const badRule = await call('POST', `/vendor/products/${weaving.id}/sessions`, {
      token: weavers,
      body: { capacity: 6, rule: { ...rule.rule, time: '25:00' } },
    })
    expect(badRule.status).toBe(400)
  })

  it('lists a booking made through the store API as a guest, hidden from other cooperatives', async () => {
    const single = await call('POST', `/vendor/products/${weaving.id}/sessions`, {
      token: weavers,
      body: {
        capacity: 8,
        starts_at: new Date(Date.now() + 3 * 864e5).toISOString(),
        ends_at: new Date(Date.now() + 3 * 864e5 + 2 * 3600e3).toISOString(),
      },
    })
    expect(single.status).toBe(201)
    const [row] = await sql(
      `select id from experience_session where product_id = $1 and capacity = 8
       order by created_at desc limit 1`,
      [weaving.id],
    )
    bookedSessionId = row.id

    const key = await tenantKey('dien-bien-phu')
    const cartId = await prepareCart({
      key,
      regionId: await regionId(key),
      items: [
        { variantId: weaving.adultVariant, quantity: 2, metadata: { session_id: bookedSessionId } },
      ],
      shipping: 'Pickup',
      providerId: 'pp_cod_cod',
    })
    const placed = await completeCart(key, cartId)
    expect(placed.orderId).toBeDefined()
    const [order] = await sql(`select email, display_id from "order" where id = $1`, [
      placed.orderId,
    ])
    buyerEmail = order.email

    const guests = await call('GET', `/vendor/sessions/${bookedSessionId}/guests`, {
      token: weavers,
    })
    expect(guests.status).toBe(200)
    expect(guests.body.session).toMatchObject({
      id: bookedSessionId,
      seats_taken: 2,
      seats_left: 6,
    })
    expect(guests.body.guests).toEqual([
      {
        booking_id: expect.stringMatching(/^book_/),
        customer_name: 'Lò Văn Khách',
        email: buyerEmail,
        phone: '0900000000',
        seats: 2,
        participants: [{ title: expect.stringMatching(/adult/), quantity: 2 }],
        status: 'confirmed',
        checked_in_at: null,
        order_display_id: order.display_id,
      },
    ])

    // A booked seat is an order line of the cooperative, but nothing to ship.
    const all = await call('GET', '/vendor/orders?limit=100', { token: weavers })
    const toShip = await call('GET', '/vendor/orders?status=to_ship&limit=100', { token: weavers })
    expect(all.body.orders.map((o: { id: string }) => o.id)).toContain(placed.orderId)
    expect(toShip.body.orders.map((o: { id: string }) => o.id)).not.toContain(placed.orderId)

    const dashboard = await call('GET', '/vendor/dashboard', { token: weavers })
    expect(dashboard.body.sessions_next_7_days.map((s: Session) => s.id)).toContain(bookedSessionId)
    const honeyDashboard = await call('GET', '/vendor/dashboard', { token: honey })
    expect(honeyDashboard.body.sessions_next_7_days).toEqual([])
  })

  it('another cooperative gets 404 on the session routes, and the session stays put', async () => {
    const [before] = await sql(`select starts_at, status from experience_session where id = $1`, [
      bookedSessionId,
    ])
    const guests = await call('GET', `/vendor/sessions/${bookedSessionId}/guests`, {
      token: honey,
    })
    const read = await call('GET', `/vendor/sessions/${bookedSessionId}`, { token: honey })
    const move = await call('POST', `/vendor/sessions/${bookedSessionId}`, {
      token: honey,
      body: { starts_at: '2027-06-01T01:00:00Z', ends_at: '2027-06-01T03:00:00Z' },
    })
    const cancel = await call('POST', `/vendor/sessions/${bookedSessionId}`, {
      token: honey,
      body: { status: 'cancelled' },
    })
    const missing = await call('GET', '/vendor/sessions/exses_does_not_exist/guests', {
      token: weavers,
    })

    expect([guests.status, read.status, move.status, cancel.status]).toEqual([404, 404, 404, 404])
    expect(missing.status).toBe(404)
    expect(guests.body.message).toBe(
      missing.body.message.replace('exses_does_not_exist', bookedSessionId),
    )
    const [after] = await sql(`select starts_at, status from experience_session where id = $1`, [
      bookedSessionId,
    ])
    expect(after).toEqual(before)
  })

  it('moving a session tells its guests; cancelling it tells them too and ends it', async () => {
    const startsAt = new Date(Date.now() + 4 * 864e5)
    const moved = await call('POST', `/vendor/sessions/${bookedSessionId}`, {
      token: weavers,
      body: {
        starts_at: startsAt.toISOString(),
        ends_at: new Date(startsAt.getTime() + 2 * 3600e3).toISOString(),
      },
    })
    expect(moved.status).toBe(200)
    expect(moved.body.session.starts_at).toBe(startsAt.toISOString())
    const changed = await messages('session-changed')
    expect(
      changed.find((m) => m.to === buyerEmail && m.data.session_id === bookedSessionId),
    ).toBeDefined()

    const later = new Date(startsAt.getTime() + 3600e3)
    const startOnly = await call('POST', `/vendor/sessions/${bookedSessionId}`, {
      token: weavers,
      body: { starts_at: later.toISOString() },
    })
    expect(startOnly.status).toBe(200)
    expect(startOnly.body.session.ends_at).toBe(
      new Date(later.getTime() + 2 * 3600e3).toISOString(),
    )
    const past = await call('POST', `/vendor/sessions/${bookedSessionId}`, {
      token: weavers,
      body: { starts_at: new Date(Date.now() - 864e5).toISOString() },
    })
    expect(past.status).toBe(400)
    expect(past.body.message).toMatch(/^starts_at:/)

    const backwards = await call('POST', `/vendor/sessions/${bookedSessionId}`, {
      token: weavers,
      body: { ends_at: new Date(later.getTime() - 3600e3).toISOString() },
    })
    expect(backwards.status).toBe(400)
    expect(backwards.body.message).toMatch(/^ends_at:/)

    const cancelled = await call('POST', `/vendor/sessions/${bookedSessionId}`, {
      token: weavers,
      body: { status: 'cancelled' },
    })
    expect(cancelled.status).toBe(200)
    expect(cancelled.body.session.status).toBe('cancelled')
    const told = await messages('session-cancelled')
    expect(
      told.find((m) => m.to === buyerEmail && m.data.session_id === bookedSessionId),
    ).toBeDefined()
    const again = await call('POST', `/vendor/sessions/${bookedSessionId}`, {
      token: weavers,
      body: { starts_at: startsAt.toISOString() },
    })
    expect(again.status).toBe(400)
    const dashboard = await call('GET', '/vendor/dashboard', { token: weavers })
    expect(dashboard.body.sessions_next_7_days.map((s: Session) => s.id)).not.toContain(
      bookedSessionId,
    )
  })
})
