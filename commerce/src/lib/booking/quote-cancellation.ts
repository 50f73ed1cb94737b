import type { Knex } from '@medusajs/framework/mikro-orm/knex'
import {
  readCancellationPolicy,
  refundForCancellation,
} from '../../modules/booking/cancellation-policy'
import { toNumber } from '../to-number'

/** Who cancels a booking; it decides which rules and which refund apply. */
export type CancelledBy = 'customer' | 'admin' | 'provider'

/**
 * When a cancellation falls: inside the policy's free window, after it, once the session has
 * started, or because the provider cancelled the whole session (always a full refund).
 */
export type CancellationWindow = 'free' | 'late' | 'started' | 'session_cancelled'

/** A booking as cancelling it needs it, with what cancelling now would refund. */
export type CancellationQuote = {
  booking_id: string
  status: string
  seats: number
  cart_id: string
  order_id: string | null
  session_id: string
  starts_at: Date
  checked_in: boolean
  paid_vnd: number
  refund_vnd: number
  window: CancellationWindow
  /** The last instant a cancellation refunds in full. */
  free_until: Date
}

type Row = {
  id: string
  status: string
  seats: number
  cart_id: string
  order_id: string | null
  line_item_id: string | null
  checked_in_at: Date | null
  session_id: string
  starts_at: Date
  metadata: Record<string, unknown> | null
}

/**
 * Reads bookings with their session, their experience's cancellation policy and the price paid
 * for their order line, and prices cancelling each at `now`. A provider cancellation refunds in
 * full whatever the window. Unknown or deleted ids are left out.
 */
export async function quoteCancellations(
  db: Knex,
  input: { booking_ids: string[]; now: Date; by: CancelledBy },
): Promise<CancellationQuote[]> {
  if (input.booking_ids.length === 0) return []
  const rows = (await db('session_booking as b')
    .join('experience_session as s', 's.id', 'b.session_id')
    .join('product as p', 'p.id', 's.product_id')
    .select(
      'b.id',
      'b.status',
      'b.seats',
      'b.cart_id',
      'b.order_id',
      'b.line_item_id',
      'b.checked_in_at',
      's.id as session_id',
      's.starts_at',
      'p.metadata',
    )
    .whereIn('b.id', input.booking_ids)
    .whereNull('b.deleted_at')) as Row[]
  const lineIds = rows.flatMap((r) => (r.line_item_id ? [r.line_item_id] : []))
  // An order line's quantity lives in its order_item row, one per order version.
  const lines = (
    lineIds.length === 0
      ? []
      : await db('order_line_item as li')
          .join('order_item as oi', 'oi.item_id', 'li.id')
          .select('li.id', 'li.unit_price', 'oi.quantity', 'oi.version')
          .whereIn('li.id', lineIds)
          .orderBy('oi.version', 'desc')
  ) as { id: string; unit_price: string; quantity: string }[]
  const paid = new Map<string, number>()
  for (const line of lines) {
    if (!paid.has(line.id)) paid.set(line.id, toNumber(line.unit_price) * toNumber(line.quantity))
  }

  return rows.map((r) => {
    const policy = readCancellationPolicy(r.metadata)
    const startsAt = new Date(r.starts_at)
    const paidVnd = (r.line_item_id && paid.get(r.line_item_id)) || 0
    const refund =
      input.by === 'provider'
        ? { refundVnd: paidVnd, window: 'session_cancelled' as const }
        : refundForCancellation({ policy, startsAt, now: input.now, paidVnd })

    return {
      booking_id: r.id,
      status: r.status,
      seats: r.seats,
      cart_id: r.cart_id,
      order_id: r.order_id,
      session_id: r.session_id,
      starts_at: startsAt,
      checked_in: r.checked_in_at !== null,
      paid_vnd: paidVnd,
      refund_vnd: refund.refundVnd,
      window: refund.window,
      free_until: new Date(startsAt.getTime() - policy.free_until_hours * 3600_000),
    }
  })
}
