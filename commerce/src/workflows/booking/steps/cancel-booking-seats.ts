import type { Knex } from '@medusajs/framework/mikro-orm/knex'
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import {
  type CancellationWindow,
  type CancelledBy,
  quoteCancellations,
} from '../../../lib/booking/quote-cancellation'

/** What cancelling one booking gives back. */
export type BookingCancellation = {
  booking_id: string
  order_id: string | null
  seats_returned: number
  paid_vnd: number
  refund_vnd: number
  window: CancellationWindow
}

/** One booking to cancel at `now` (ISO instant). */
export type CancelBookingInput = {
  booking_id: string
  now: string
  /** Default `admin`: the policy's refund, also after the start. */
  by?: CancelledBy
  /** The refund the customer was shown; a smaller one now is refused rather than applied. */
  expected_refund_vnd?: number
}

/** What undoing one cancellation needs. */
export type CancelledSeats = { id: string; session_id: string; seats: number }

/**
 * Cancels one confirmed booking inside `db` (a transaction when several go together) and gives
 * its seats back. The status changes only from `confirmed`, so two cancellations racing for
 * the same booking return its seats and refund it once. Customers cannot cancel once the
 * session has started or the ticket has been used.
 */
export async function cancelBookingSeats(
  db: Knex,
  input: CancelBookingInput,
): Promise<{ cancellation: BookingCancellation; undo: CancelledSeats }> {
  const by = input.by ?? 'admin'
  const [quote] = await quoteCancellations(db, {
    booking_ids: [input.booking_id],
    now: new Date(input.now),
    by,
  })
  if (!quote) throw new MedusaError(MedusaError.Types.NOT_FOUND, 'booking not found')
  if (quote.status !== 'confirmed') {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, 'booking: already cancelled')
  }
  if (by === 'customer' && quote.window === 'started') {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, 'booking: the session has already started')
  }
  if (by === 'customer' && quote.checked_in) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, 'booking: the ticket was already used')
  }
  if (input.expected_refund_vnd !== undefined && quote.refund_vnd < input.expected_refund_vnd) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `expected_refund_vnd: the refund is now ${quote.refund_vnd} đồng, not ${input.expected_refund_vnd}`,
    )
  }

  const changed = await db('session_booking')
    .where({ id: quote.booking_id, status: 'confirmed' })
    .update({ status: 'cancelled', updated_at: new Date() })
  if (changed === 0) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, 'booking: already cancelled')
  }
  await db('experience_session').where('id', quote.session_id).decrement('seats_taken', quote.seats)

  return {
    cancellation: {
      booking_id: quote.booking_id,
      order_id: quote.order_id,
      seats_returned: quote.seats,
      paid_vnd: quote.paid_vnd,
      refund_vnd: quote.refund_vnd,
      window: quote.window,
    },
    undo: { id: quote.booking_id, session_id: quote.session_id, seats: quote.seats },
  }
}

/** Re-confirms cancelled bookings and takes their seats again. */
export async function restoreBookingSeats(db: Knex, undo: CancelledSeats[]): Promise<void> {
  if (undo.length === 0) return
  await db.transaction(async (trx) => {
    for (const booking of undo) {
      await trx('session_booking').where('id', booking.id).update({ status: 'confirmed' })
      await trx('experience_session')
        .where('id', booking.session_id)
        .increment('seats_taken', booking.seats)
    }
  })
}

/**
 * Cancels a confirmed booking and gives its seats back to the session; the refund follows the
 * experience's policy. Compensation re-confirms it and takes the seats again.
 */
export const cancelBookingSeatsStep = createStep(
  'cancel-booking-seats',
  async (input: CancelBookingInput, { container }) => {
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { cancellation, undo } = await pg.transaction((trx) => cancelBookingSeats(trx, input))

    return new StepResponse<BookingCancellation, CancelledSeats>(cancellation, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    await restoreBookingSeats(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), [undo])
  },
)
