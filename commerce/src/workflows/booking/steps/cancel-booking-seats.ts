import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { toNumber } from '../../../lib/to-number'
import {
  readCancellationPolicy,
  refundForCancellation,
} from '../../../modules/booking/cancellation-policy'

/** What cancelling one booking gives back. */
export type BookingCancellation = {
  booking_id: string
  order_id: string | null
  seats_returned: number
  paid_vnd: number
  refund_vnd: number
  window: 'free' | 'late' | 'started'
}

/**
 * Cancels a confirmed booking and gives its seats back to the session; the refund follows the
 * experience's policy. Compensation re-confirms it and takes the seats again.
 */
export const cancelBookingSeatsStep = createStep(
  'cancel-booking-seats',
  async (input: { booking_id: string; now: string }, { container }) => {
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const booking = (await pg('session_booking as b')
      .join('experience_session as s', 's.id', 'b.session_id')
      .join('product as p', 'p.id', 's.product_id')
      .first(
        'b.id',
        'b.status',
        'b.seats',
        'b.order_id',
        'b.line_item_id',
        's.id as session_id',
        's.starts_at',
        'p.metadata',
      )
      .where('b.id', input.booking_id)
      .whereNull('b.deleted_at')) as
      | {
          id: string
          status: string
          seats: number
          order_id: string | null
          line_item_id: string | null
          session_id: string
          starts_at: Date
          metadata: Record<string, unknown> | null
        }
      | undefined
    if (!booking) throw new MedusaError(MedusaError.Types.NOT_FOUND, 'booking not found')
    if (booking.status !== 'confirmed') {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, 'booking: already cancelled')
    }

    const line = booking.line_item_id
      ? ((await pg('order_line_item as li')
          .join('order_item as oi', 'oi.item_id', 'li.id')
          .first('li.unit_price', 'oi.quantity')
          .where('li.id', booking.line_item_id)
          .orderBy('oi.version', 'desc')) as { unit_price: string; quantity: string } | undefined)
      : undefined
    const paidVnd = line ? toNumber(line.unit_price) * toNumber(line.quantity) : 0
    const refund = refundForCancellation({
      policy: readCancellationPolicy(booking.metadata),
      startsAt: new Date(booking.starts_at),
      now: new Date(input.now),
      paidVnd,
    })

    await pg.transaction(async (trx) => {
      await trx('session_booking').where('id', booking.id).update({ status: 'cancelled' })
      await trx('experience_session')
        .where('id', booking.session_id)
        .decrement('seats_taken', booking.seats)
    })

    return new StepResponse<BookingCancellation, { id: string; session_id: string; seats: number }>(
      {
        booking_id: booking.id,
        order_id: booking.order_id,
        seats_returned: booking.seats,
        paid_vnd: paidVnd,
        refund_vnd: refund.refundVnd,
        window: refund.window,
      },
      { id: booking.id, session_id: booking.session_id, seats: booking.seats },
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    await pg.transaction(async (trx) => {
      await trx('session_booking').where('id', undo.id).update({ status: 'confirmed' })
      await trx('experience_session')
        .where('id', undo.session_id)
        .increment('seats_taken', undo.seats)
    })
  },
)
