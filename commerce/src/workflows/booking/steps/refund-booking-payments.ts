import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import type { BookingCancellation } from './cancel-booking-seats'
import { refundBooking } from './refund-booking-payment'

/** What was refunded for each cancelled booking. */
export type BookingRefund = { booking_id: string; order_id: string | null; refunded_vnd: number }

/**
 * Refunds each cancelled booking, one refund per booking on its order's captured payment. The
 * last step of its workflow: a refund cannot be taken back, so nothing may fail after it. A
 * refund already made for a booking is not repeated, so running the cancellation again after
 * a failure here refunds only the bookings still owed.
 */
export const refundBookingPaymentsStep = createStep(
  'refund-booking-payments',
  async (input: BookingCancellation[], { container }) => {
    const refunds: BookingRefund[] = []
    for (const cancellation of input) {
      refunds.push({
        booking_id: cancellation.booking_id,
        order_id: cancellation.order_id,
        refunded_vnd: await refundBooking(container, cancellation),
      })
    }

    return new StepResponse(refunds)
  },
)
