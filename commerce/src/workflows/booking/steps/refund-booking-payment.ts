import type { MedusaContainer } from '@medusajs/framework/types'
import { ContainerRegistrationKeys } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { refundPaymentWorkflow } from '@medusajs/medusa/core-flows'
import type { BookingCancellation } from './cancel-booking-seats'

/** The note a booking's refund carries, so a repeated cancellation never refunds twice. */
export function bookingRefundNote(bookingId: string): string {
  return `booking:${bookingId}`
}

/**
 * Refunds a cancellation's amount on its order's captured payment and returns what was
 * refunded. Uncaptured payments (cash on delivery, a transfer not yet received) need no refund:
 * nothing was taken. A booking already refunded (same note) is not refunded again.
 */
export async function refundBooking(
  container: MedusaContainer,
  cancellation: BookingCancellation,
): Promise<number> {
  if (!cancellation.order_id || cancellation.refund_vnd <= 0) return 0
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const payment = (await pg('order_payment_collection as opc')
    .join('payment as p', 'p.payment_collection_id', 'opc.payment_collection_id')
    .first('p.id')
    .where('opc.order_id', cancellation.order_id)
    .whereNotNull('p.captured_at')
    .whereNull('p.deleted_at')
    .whereNull('opc.deleted_at')) as { id: string } | undefined
  if (!payment) return 0
  const note = bookingRefundNote(cancellation.booking_id)
  const earlier = (await pg('refund')
    .first('id')
    .where({ payment_id: payment.id, note })
    .whereNull('deleted_at')) as { id: string } | undefined
  if (earlier) return 0

  await refundPaymentWorkflow(container).run({
    input: { payment_id: payment.id, amount: cancellation.refund_vnd, note },
  })

  return cancellation.refund_vnd
}

/**
 * Refunds the policy's amount for one cancelled booking. The last step, so nothing after it
 * can fail and leave a refund behind.
 */
export const refundBookingPaymentStep = createStep(
  'refund-booking-payment',
  async (input: BookingCancellation, { container }) =>
    new StepResponse({ refunded_vnd: await refundBooking(container, input) }),
)
