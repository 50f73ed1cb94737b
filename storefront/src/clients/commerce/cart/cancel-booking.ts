import type { Tenant } from '@/domain/types'
import { storeRequest } from '../commerce-request'
import { HoaBanBookingCancellation } from './schemas'

/** What a cancelled booking gave back. */
export interface BookingCancelled {
  bookingId: string
  refundVnd: number
  refundedVnd: number
}

/**
 * Cancels a booking as its buyer, proven by the booking's signed ticket code. Commerce refuses
 * (400) once the session has started, the booking is already cancelled, or the refund is now
 * smaller than `expectedRefundVnd`, the amount the buyer was shown.
 */
export async function cancelBooking(
  tenant: Tenant,
  input: { bookingId: string; code: string; expectedRefundVnd: number },
): Promise<BookingCancelled> {
  const answer = await storeRequest(
    tenant,
    `/store/hoaban/bookings/${encodeURIComponent(input.bookingId)}/cancel`,
    HoaBanBookingCancellation,
    {
      method: 'POST',
      body: { code: input.code, expected_refund_vnd: input.expectedRefundVnd },
    },
  )

  return {
    bookingId: answer.cancellation.booking_id,
    refundVnd: answer.cancellation.refund_vnd,
    refundedVnd: answer.cancellation.refunded_vnd,
  }
}
