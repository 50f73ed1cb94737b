import { ContainerRegistrationKeys } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import {
  type BookingCancellation,
  type CancelledSeats,
  cancelBookingSeats,
  restoreBookingSeats,
} from './cancel-booking-seats'

/**
 * Cancels every confirmed booking of a session the provider cancelled, all in one transaction,
 * and gives their seats back; each is refunded in full, whatever the policy's window.
 * Compensation re-confirms them all and takes their seats again.
 */
export const cancelSessionBookingsStep = createStep(
  'cancel-session-bookings',
  async (input: { session_id: string; now: string }, { container }) => {
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const done = await pg.transaction(async (trx) => {
      const bookings = (await trx('session_booking')
        .select('id')
        .where({ session_id: input.session_id, status: 'confirmed' })
        .whereNull('deleted_at')
        .orderBy('created_at')
        .forUpdate()) as { id: string }[]
      const results: { cancellation: BookingCancellation; undo: CancelledSeats }[] = []
      for (const booking of bookings) {
        results.push(
          await cancelBookingSeats(trx, { booking_id: booking.id, now: input.now, by: 'provider' }),
        )
      }

      return results
    })

    return new StepResponse(
      done.map((d) => d.cancellation),
      done.map((d) => d.undo),
    )
  },
  async (undo, { container }) => {
    if (!undo?.length) return
    await restoreBookingSeats(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), undo)
  },
)
