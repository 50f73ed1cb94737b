import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { adminToken, call, sql, tenantKey } from '../helpers/api'
import { completeCart, prepareCart, regionId } from '../helpers/checkout'

const SESSION_ID = 'exses_it_weaving_race'

async function memberToken(cooperativeHandle: string): Promise<string> {
  const reply = await call('POST', '/auth/cooperative_member/emailpass', {
    body: { email: `${cooperativeHandle}@coop.hoaban.local`, password: 'hoaban-demo' },
  })

  return reply.body.token
}

describe('experience bookings', () => {
  let key: string
  let region: string
  let adultVariant: string
  let winners: string[] = []

  beforeAll(async () => {
    key = await tenantKey('dien-bien-phu')
    region = await regionId(key)
    const [product] = await sql(`select id from product where handle = 'na-sang-weaving'`)
    const [variant] = await sql(
      `select id from product_variant where product_id = $1 and title like '%adult%'`,
      [product.id],
    )
    adultVariant = variant.id
    await sql(
      `insert into experience_session (id, product_id, starts_at, ends_at, capacity, seats_taken,
       language, meeting_point, status, created_at, updated_at)
       values ($1, $2, now() + interval '3 days', now() + interval '3 days 3 hours', 10, 0, 'vi',
       'Bản Na Sang 2', 'scheduled', now(), now())`,
      [SESSION_ID, product.id],
    )
  })

  it('lists sessions with seats left and the Vietnam date and time', async () => {
    const reply = await call('GET', '/store/experiences/na-sang-weaving/sessions', { key })

    expect(reply.status).toBe(200)
    expect(reply.body.sessions.length).toBeGreaterThanOrEqual(28)
    const seeded = reply.body.sessions.find((s: { id: string }) => s.id !== SESSION_ID)
    expect(seeded.local_time).toBe('08:00')
    expect(seeded.time_zone).toBe('Asia/Ho_Chi_Minh')
    const race = reply.body.sessions.find((s: { id: string }) => s.id === SESSION_ID)
    expect(race.seats_left).toBe(10)
  })

  it('30 buyers of 2 seats for a 10-seat session: 5 bookings, 25 sold out, 0 seats left', async () => {
    const carts: string[] = []
    while (carts.length < 30) {
      const batch = Array.from({ length: 5 }, () =>
        prepareCart({
          key,
          regionId: region,
          items: [{ variantId: adultVariant, quantity: 2, metadata: { session_id: SESSION_ID } }],
          shipping: 'Pickup',
          providerId: 'pp_cod_cod',
        }),
      )
      carts.push(...(await Promise.all(batch)))
    }

    const results = await Promise.all(carts.map((cartId) => completeCart(key, cartId)))

    const orders = results.filter((r) => r.orderId)
    expect(orders).toHaveLength(5)
    const failures = results.filter((r) => !r.orderId)
    expect(failures).toHaveLength(25)
    for (const f of failures) expect(f.error).toMatch(/sold out|seats left/i)
    const [session] = await sql(
      `select seats_taken, capacity from experience_session where id = $1`,
      [SESSION_ID],
    )
    expect(session.capacity - session.seats_taken).toBe(0)
    const bookings = await sql(
      `select count(*)::int as n, sum(seats)::int as seats from session_booking
       where session_id = $1 and deleted_at is null`,
      [SESSION_ID],
    )
    expect(bookings[0]).toEqual({ n: 5, seats: 10 })
    const completed = await sql(
      `select id from cart where id = any($1) and completed_at is not null`,
      [carts],
    )
    expect(completed).toHaveLength(5)
    winners = completed.map((c) => c.id)
  })

  it('checks a genuine ticket in once, for its own cooperative only; forged codes fail', async () => {
    const tickets = await call('GET', `/store/hoaban/carts/${winners[0]}/tickets`, { key })
    const code: string = tickets.body.tickets[0].code
    expect(tickets.body.tickets[0].qr_image).toMatch(/^data:image\/png;base64,/)

    const weavers = await memberToken('htx-na-sang-2')
    const honey = await memberToken('htx-ong-mat-dien-bien')
    const forged = code.slice(0, -2) + (code.endsWith('AA') ? 'BB' : 'AA')

    expect(
      (await call('POST', '/vendor/check-ins', { token: weavers, body: { code: forged } })).status,
    ).toBe(400)
    expect((await call('POST', '/vendor/check-ins', { token: honey, body: { code } })).status).toBe(
      404,
    )
    const first = await call('POST', '/vendor/check-ins', { token: weavers, body: { code } })
    expect(first.status).toBe(200)
    expect(first.body.seats).toBe(2)
    const second = await call('POST', '/vendor/check-ins', { token: weavers, body: { code } })
    expect(second.status).toBe(400)
    expect(second.body.message).toMatch(/already used/)
  })

  it('cancelling inside the free window gives the seats back and the full amount', async () => {
    const [booking] = await sql(
      `select id, seats from session_booking where session_id = $1 and status = 'confirmed'
       and checked_in_at is null limit 1`,
      [SESSION_ID],
    )
    const reply = await call('POST', `/admin/hoaban/bookings/${booking.id}/cancel`, {
      token: await adminToken(),
    })

    expect(reply.status).toBe(200)
    expect(reply.body.cancellation).toMatchObject({
      seats_returned: 2,
      window: 'free',
      refund_vnd: reply.body.cancellation.paid_vnd,
    })
    expect(reply.body.cancellation.paid_vnd).toBeGreaterThan(0)
    const [session] = await sql(
      `select capacity - seats_taken as left from experience_session
      where id = $1`,
      [SESSION_ID],
    )
    expect(session.left).toBe(2)
    const again = await call('POST', `/admin/hoaban/bookings/${booking.id}/cancel`, {
      token: await adminToken(),
    })
    expect(again.status).toBe(400)
  })

  it('cancelling late refunds the policy share; admins can add sessions by weekly rule', async () => {
    const [product] = await sql(`select id from product where handle = 'na-sang-weaving'`)
    const token = await adminToken()
    const rule = await call('POST', `/admin/hoaban/products/${product.id}/sessions`, {
      token,
      body: {
        capacity: 8,
        rule: {
          weekdays: [6],
          time: '07:00',
          durationMinutes: 150,
          from: '2027-03-01',
          to: '2027-03-31',
        },
      },
    })
    expect(rule.status).toBe(201)
    expect(rule.body.created).toBe(4)

    await sql(
      `insert into experience_session (id, product_id, starts_at, ends_at, capacity, seats_taken,
       language, status, created_at, updated_at)
       values ('exses_it_late', $1, now() + interval '24 hours', now() + interval '27 hours', 4, 0,
       'vi', 'scheduled', now(), now())`,
      [product.id],
    )
    const cartId = await prepareCart({
      key,
      regionId: region,
      items: [{ variantId: adultVariant, quantity: 1, metadata: { session_id: 'exses_it_late' } }],
      shipping: 'Pickup',
      providerId: 'pp_cod_cod',
    })
    expect((await completeCart(key, cartId)).orderId).toBeDefined()
    const [booking] = await sql(`select id from session_booking where cart_id = $1`, [cartId])
    const reply = await call('POST', `/admin/hoaban/bookings/${booking.id}/cancel`, { token })

    expect(reply.body.cancellation.window).toBe('late')
    expect(reply.body.cancellation.refund_vnd).toBe(
      Math.floor(reply.body.cancellation.paid_vnd * 0.5),
    )
  })

  it('mails the tickets with the order and tells booked customers when a session moves', async () => {
    const dir = inject('notificationsDir')
    const messages = async (template: string) => {
      const files = await readdir(dir).catch(() => [] as string[])
      const chosen = files.filter((f) => f.startsWith(`${template}-`))

      return Promise.all(
        chosen.map(async (f) => JSON.parse(await readFile(path.join(dir, f), 'utf8'))),
      )
    }
    const [booking] = await sql(
      `select b.id, b.order_id, o.email from session_booking b join "order" o on o.id = b.order_id
       where b.session_id = $1 and b.status = 'confirmed' limit 1`,
      [SESSION_ID],
    )
    const confirmations = await messages('booking-confirmation')
    const mine = confirmations.find((m) => m.data.order_id === booking.order_id)
    expect(mine.to).toBe(booking.email)
    expect(mine.data.tickets[0].code).toMatch(/^HBT\./)

    const reply = await call('POST', `/admin/hoaban/sessions/${SESSION_ID}`, {
      token: await adminToken(),
      body: {
        starts_at: new Date(Date.now() + 4 * 864e5).toISOString(),
        ends_at: new Date(Date.now() + 4 * 864e5 + 3 * 3600e3).toISOString(),
      },
    })
    expect(reply.status).toBe(200)
    expect(reply.body.notified).toBeGreaterThanOrEqual(3)
    const changed = await messages('session-changed')
    expect(changed.map((m) => m.to)).toContain(booking.email)
  })
})
