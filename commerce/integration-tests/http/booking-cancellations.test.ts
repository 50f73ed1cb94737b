import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { adminToken, call, sql, tenantKey } from '../helpers/api'
import { completeCart, payByVietQr, prepareCart, regionId } from '../helpers/checkout'

type Policy = { free_until_hours: number; late_refund_share: number }

type Message = {
  to: string
  data: { session_id: string; bookings: { booking_id: string; refund_vnd?: number }[] }
}
type Ticket = {
  code: string
  status: string
  cancellation: { cancellable: boolean; window: string; paid_vnd: number; refund_vnd: number }
}

async function messages(template: string): Promise<Message[]> {
  const dir = inject('notificationsDir')
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) =>
    f.startsWith(`${template}-`),
  )

  return Promise.all(files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), 'utf8'))))
}

async function refundsOf(bookingId: string): Promise<number[]> {
  const rows = await sql<{ amount: string }>(
    `select amount from refund where note = $1 and deleted_at is null`,
    [`booking:${bookingId}`],
  )

  return rows.map((r) => Number(r.amount))
}

async function seatsLeft(sessionId: string): Promise<{ seats_taken: number; left: number }> {
  const [row] = await sql(
    `select seats_taken, capacity - seats_taken as left from experience_session where id = $1`,
    [sessionId],
  )

  return row
}

describe('booking cancellations', () => {
  let key: string
  let region: string
  let productId: string
  let policy: Policy
  const variants: Record<'adult' | 'child', string> = { adult: '', child: '' }

  async function addSession(id: string, startsIn: string, capacity = 10): Promise<void> {
    await sql(
      `insert into experience_session (id, product_id, starts_at, ends_at, capacity, seats_taken,
       language, meeting_point, status, created_at, updated_at)
       values ($1, $2, now() + $3::interval, now() + $3::interval + interval '3 hours', $4, 0,
       'vi', 'Bản Na Sang 2', 'scheduled', now(), now())`,
      [id, productId, startsIn, capacity],
    )
  }

  /** Books and pays (VietQR, captured) one cart; returns the cart id and its booking ids. */
  async function bookAndPay(
    sessionId: string,
    lines: { variant: 'adult' | 'child'; quantity: number }[],
  ): Promise<{ cartId: string; bookings: { id: string; paid: number }[] }> {
    const cartId = await prepareCart({
      key,
      regionId: region,
      items: lines.map((l) => ({
        variantId: variants[l.variant],
        quantity: l.quantity,
        metadata: { session_id: sessionId },
      })),
      shipping: 'Pickup',
      providerId: 'pp_vietqr_vietqr',
    })
    const placed = await completeCart(key, cartId)
    expect(placed.orderId, placed.error).toBeDefined()
    await payByVietQr(cartId)
    const rows = await sql<{ id: string; unit_price: string; quantity: string }>(
      `select b.id, li.unit_price, oi.quantity from session_booking b
       join order_line_item li on li.id = b.line_item_id
       join order_item oi on oi.item_id = li.id
       where b.cart_id = $1 order by b.created_at`,
      [cartId],
    )

    return {
      cartId,
      bookings: rows.map((r) => ({ id: r.id, paid: Number(r.unit_price) * Number(r.quantity) })),
    }
  }

  async function ticketOf(cartId: string): Promise<Ticket> {
    const route = `/store/hoaban/carts/${cartId}/tickets`
    const reply = await call<{ tickets: Ticket[] }>('GET', route, { key })
    const [ticket] = reply.body.tickets
    if (reply.status !== 200 || !ticket) throw new Error(`no ticket for ${cartId}`)

    return ticket
  }

  const cancel = (bookingId: string, body: Record<string, unknown>) =>
    call('POST', `/store/hoaban/bookings/${bookingId}/cancel`, { key, body })

  beforeAll(async () => {
    key = await tenantKey('dien-bien-phu')
    region = await regionId(key)
    const [product] = await sql(`select id, metadata from product where handle = 'na-sang-weaving'`)
    productId = product.id
    policy = product.metadata.cancellation_policy
    const rows = await sql(`select id, title from product_variant where product_id = $1`, [
      productId,
    ])
    variants.adult = rows.find((v) => /adult/.test(v.title)).id
    variants.child = rows.find((v) => /child/.test(v.title)).id
  })

  it('cancelling a session cancels every booking, frees the seats, refunds each in full and tells each customer once', async () => {
    const sessionId = 'exses_it_cancelled_by_provider'
    // Inside the late window: a customer would get only part back, the provider's cancellation
    // gives all of it.
    await addSession(sessionId, `${Math.max(1, policy.free_until_hours - 2)} hours`)
    const family = await bookAndPay(sessionId, [
      { variant: 'adult', quantity: 2 },
      { variant: 'child', quantity: 1 },
    ])
    const others = [
      await bookAndPay(sessionId, [{ variant: 'adult', quantity: 1 }]),
      await bookAndPay(sessionId, [{ variant: 'adult', quantity: 3 }]),
    ]
    const bookings = [family, ...others].flatMap((c) => c.bookings)
    expect(bookings).toHaveLength(4)
    expect((await seatsLeft(sessionId)).seats_taken).toBe(7)

    const reply = await call('POST', `/admin/hoaban/sessions/${sessionId}`, {
      token: await adminToken(),
      body: { status: 'cancelled' },
    })

    expect(reply.status).toBe(200)
    expect(reply.body.notified).toBe(3)
    expect(reply.body.cancelled_bookings).toHaveLength(4)
    for (const booking of bookings) {
      const cancelled = reply.body.cancelled_bookings.find(
        (c: { booking_id: string }) => c.booking_id === booking.id,
      )
      expect(cancelled).toMatchObject({
        window: 'session_cancelled',
        paid_vnd: booking.paid,
        refund_vnd: booking.paid,
        refunded_vnd: booking.paid,
      })
      expect(await refundsOf(booking.id)).toEqual([booking.paid])
    }
    const statuses = await sql(
      `select distinct status from session_booking where session_id = $1`,
      [sessionId],
    )
    expect(statuses).toEqual([{ status: 'cancelled' }])
    expect(await seatsLeft(sessionId)).toEqual({ seats_taken: 0, left: 10 })

    const sent = (await messages('session-cancelled')).filter(
      (m) => m.data.session_id === sessionId,
    )
    const emails = await sql(
      `select distinct o.email from session_booking b join "order" o on o.id = b.order_id
       where b.session_id = $1`,
      [sessionId],
    )
    expect(sent.map((m) => m.to).sort()).toEqual(emails.map((e) => e.email).sort())
    const familyMail = sent.find((m) =>
      m.data.bookings.some((b: { booking_id: string }) => b.booking_id === family.bookings[0]?.id),
    )
    expect(familyMail?.data.bookings).toHaveLength(2)
    expect(familyMail?.data.bookings.map((b) => b.refund_vnd)).toEqual(
      family.bookings.map((b) => b.paid),
    )

    const again = await call('POST', `/admin/hoaban/sessions/${sessionId}`, {
      token: await adminToken(),
      body: { status: 'cancelled' },
    })
    expect(again.body.cancelled_bookings).toEqual([])
    for (const booking of bookings) expect(await refundsOf(booking.id)).toHaveLength(1)
  })

  // Regression: the cancellation message promised a refund to cash-on-delivery buyers, who
  // had paid nothing yet.
  it('a cancelled session tells a cash-on-delivery buyer that nothing is refunded', async () => {
    const sessionId = 'exses_it_cancelled_cod'
    await addSession(sessionId, '72 hours')
    const cartId = await prepareCart({
      key,
      regionId: region,
      items: [{ variantId: variants.adult, quantity: 2, metadata: { session_id: sessionId } }],
      shipping: 'Pickup',
      providerId: 'pp_cod_cod',
    })
    const placed = await completeCart(key, cartId)
    expect(placed.orderId, placed.error).toBeDefined()
    const [booking] = await sql<{ id: string }>(
      `select id from session_booking where cart_id = $1`,
      [cartId],
    )

    const reply = await call('POST', `/admin/hoaban/sessions/${sessionId}`, {
      token: await adminToken(),
      body: { status: 'cancelled' },
    })

    expect(reply.status).toBe(200)
    expect(await refundsOf(booking?.id ?? '')).toEqual([])
    const [mail] = (await messages('session-cancelled')).filter(
      (m) => m.data.session_id === sessionId,
    )
    expect(mail?.data.bookings).toEqual([
      expect.objectContaining({ booking_id: booking?.id, paid: false, refund_vnd: 0 }),
    ])
  })

  it('a customer cancels inside the free window with the ticket code: seats back, full refund', async () => {
    const sessionId = 'exses_it_customer_free'
    await addSession(sessionId, `${policy.free_until_hours + 72} hours`)
    const { cartId, bookings } = await bookAndPay(sessionId, [{ variant: 'adult', quantity: 2 }])
    const booking = bookings[0]!
    const ticket = await ticketOf(cartId)
    expect(ticket.cancellation).toMatchObject({
      cancellable: true,
      window: 'free',
      paid_vnd: booking.paid,
      refund_vnd: booking.paid,
    })

    const reply = await cancel(booking.id, {
      code: ticket.code,
      expected_refund_vnd: ticket.cancellation.refund_vnd,
    })

    expect(reply.status).toBe(200)
    expect(reply.body.cancellation).toMatchObject({
      booking_id: booking.id,
      seats_returned: 2,
      window: 'free',
      refund_vnd: booking.paid,
      refunded_vnd: booking.paid,
    })
    expect(await refundsOf(booking.id)).toEqual([booking.paid])
    expect(await seatsLeft(sessionId)).toEqual({ seats_taken: 0, left: 10 })
    const after = await ticketOf(cartId)
    expect(after.status).toBe('cancelled')
    expect(after.cancellation.cancellable).toBe(false)

    const again = await cancel(booking.id, { code: ticket.code })
    expect(again.status).toBe(400)
    expect(again.body.message).toMatch(/already cancelled/)
    expect(await refundsOf(booking.id)).toHaveLength(1)
  })

  it('a customer cancels late with the cart id: the policy share back, and not once started', async () => {
    const sessionId = 'exses_it_customer_late'
    await addSession(sessionId, `${Math.max(1, policy.free_until_hours / 2)} hours`)
    const late = await bookAndPay(sessionId, [{ variant: 'adult', quantity: 3 }])
    const booking = late.bookings[0]!
    const share = Math.floor(booking.paid * policy.late_refund_share)
    expect(share).toBeLessThan(booking.paid)

    const stale = await cancel(booking.id, {
      cart_id: late.cartId,
      expected_refund_vnd: booking.paid,
    })
    expect(stale.status).toBe(400)
    expect(stale.body.message).toMatch(/expected_refund_vnd/)
    expect(await seatsLeft(sessionId)).toMatchObject({ seats_taken: 3 })

    const reply = await cancel(booking.id, { cart_id: late.cartId })
    expect(reply.status).toBe(200)
    expect(reply.body.cancellation).toMatchObject({
      window: 'late',
      refund_vnd: share,
      refunded_vnd: share,
    })
    expect(await refundsOf(booking.id)).toEqual([share])
    expect(await seatsLeft(sessionId)).toMatchObject({ seats_taken: 0 })

    const startedId = 'exses_it_customer_started'
    await addSession(startedId, '5 days')
    const started = await bookAndPay(startedId, [{ variant: 'adult', quantity: 1 }])
    await sql(
      `update experience_session set starts_at = now() - interval '30 minutes',
       ends_at = now() + interval '2 hours' where id = $1`,
      [startedId],
    )
    const ticket = await ticketOf(started.cartId)
    expect(ticket.cancellation).toMatchObject({ cancellable: false, window: 'started' })
    const refused = await cancel(started.bookings[0]!.id, { code: ticket.code })
    expect(refused.status).toBe(400)
    expect(refused.body.message).toMatch(/already started/)
    expect(await seatsLeft(startedId)).toMatchObject({ seats_taken: 1 })
  })

  it('refuses forged or foreign proofs and says which field is wrong', async () => {
    const sessionId = 'exses_it_customer_forged'
    await addSession(sessionId, `${policy.free_until_hours + 72} hours`)
    const mine = await bookAndPay(sessionId, [{ variant: 'adult', quantity: 1 }])
    const theirs = await bookAndPay(sessionId, [{ variant: 'adult', quantity: 1 }])
    const bookingId = mine.bookings[0]!.id
    const myTicket = await ticketOf(mine.cartId)
    const theirTicket = await ticketOf(theirs.cartId)
    const code: string = myTicket.code
    const forged = code.slice(0, -2) + (code.endsWith('AA') ? 'BB' : 'AA')

    const attempts = [
      { body: { code: forged }, status: 403, field: 'code' },
      { body: { code: theirTicket.code }, status: 403, field: 'code' },
      {
        body: { code: code.replace(bookingId, theirs.bookings[0]!.id) },
        status: 403,
        field: 'code',
      },
      { body: { cart_id: theirs.cartId }, status: 403, field: 'cart_id' },
      { body: { cart_id: 'cart_01NOTAREALCART000000000' }, status: 403, field: 'cart_id' },
      { body: {}, status: 400, field: 'code' },
      { body: { code, cart_id: mine.cartId }, status: 400, field: 'code' },
      { body: { code, expected_refund_vnd: -1 }, status: 400, field: 'expected_refund_vnd' },
    ]
    for (const attempt of attempts) {
      const reply = await cancel(bookingId, attempt.body)
      expect(reply.status, JSON.stringify(attempt.body)).toBe(attempt.status)
      expect(reply.body.message).toContain(attempt.field)
    }
    const other = await call('POST', `/store/hoaban/bookings/${bookingId}/cancel`, {
      key: await tenantKey('muong-phang'),
      body: { code },
    })
    expect(other.status).toBe(404)

    const [row] = await sql(`select status from session_booking where id = $1`, [bookingId])
    expect(row.status).toBe('confirmed')
    expect(await seatsLeft(sessionId)).toMatchObject({ seats_taken: 2 })
    expect(await refundsOf(bookingId)).toEqual([])
  })
})
