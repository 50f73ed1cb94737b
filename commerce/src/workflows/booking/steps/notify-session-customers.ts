import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { vietnamLocal } from '../../../modules/booking/local-time'
import type { BookingCancellation } from './cancel-booking-seats'

/** The session as it is now, and the bookings its cancellation cancelled (if it was). */
export type SessionNotice = {
  session: { id: string; starts_at: string; status: string }
  cancellations?: BookingCancellation[]
}

type Row = { id: string; email: string; order_id: string; paid: boolean }

/**
 * Tells each customer with a booking in the session what changed, one message per customer
 * (template `session-changed`, or `session-cancelled` with each booking's refund: none where
 * nothing was taken yet, as with cash on delivery or a transfer not yet received). A moved
 * session tells its confirmed bookings; a cancelled one the bookings it cancelled. Returns how
 * many customers were told.
 */
export const notifySessionCustomersStep = createStep(
  'notify-session-customers',
  async (input: SessionNotice, { container }) => {
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const notifications = container.resolve(Modules.NOTIFICATION)
    const cancelled = input.session.status === 'cancelled'
    const refunds = new Map((input.cancellations ?? []).map((c) => [c.booking_id, c.refund_vnd]))
    const query = pg('session_booking as b')
      .join('order as o', 'o.id', 'b.order_id')
      .select(
        'b.id',
        'o.email',
        'o.id as order_id',
        pg.raw(
          `exists (select 1 from order_payment_collection opc
             join payment p on p.payment_collection_id = opc.payment_collection_id
             where opc.order_id = o.id and p.captured_at is not null
               and p.deleted_at is null and opc.deleted_at is null) as paid`,
        ),
      )
      .whereNull('b.deleted_at')
      .whereNotNull('o.email')
      .orderBy('b.created_at')
    const rows = (await (cancelled
      ? query.whereIn('b.id', [...refunds.keys()])
      : query.where({ 'b.session_id': input.session.id, 'b.status': 'confirmed' }))) as Row[]
    // One customer, one message: addresses that differ only in case are the same person.
    const byCustomer = new Map<string, Row[]>()
    for (const row of rows) {
      const customer = row.email.trim().toLowerCase()
      byCustomer.set(customer, [...(byCustomer.get(customer) ?? []), row])
    }
    if (byCustomer.size === 0) return new StepResponse(0)

    const local = vietnamLocal(new Date(input.session.starts_at))
    await notifications.createNotifications(
      [...byCustomer.values()].map((bookings) => ({
        to: bookings[0]?.email.trim() ?? '',
        channel: 'email',
        template: cancelled ? 'session-cancelled' : 'session-changed',
        data: {
          session_id: input.session.id,
          starts_at: input.session.starts_at,
          local_date: local.date,
          local_time: local.time,
          bookings: bookings.map((b) => ({
            booking_id: b.id,
            order_id: b.order_id,
            ...(cancelled
              ? { paid: b.paid, refund_vnd: b.paid ? (refunds.get(b.id) ?? 0) : 0 }
              : {}),
          })),
        },
      })),
    )

    return new StepResponse(byCustomer.size)
  },
)
