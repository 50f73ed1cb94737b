import { ContainerRegistrationKeys } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { refundPaymentWorkflow } from '@medusajs/medusa/core-flows'
import type { BookingCancellation } from './cancel-booking-seats'

/**
 * Refunds the policy's amount on the order's captured payment. Uncaptured payments (cash on
 * delivery, a transfer not yet received) need no refund: nothing was taken. The last step,
 * so nothing after it can fail and leave a refund behind.
 */
export const refundBookingPaymentStep = createStep(
  'refund-booking-payment',
  async (input: BookingCancellation, { container }) => {
    if (!input.order_id || input.refund_vnd <= 0) return new StepResponse({ refunded_vnd: 0 })
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const payment = (await pg('order_payment_collection as opc')
      .join('payment as p', 'p.payment_collection_id', 'opc.payment_collection_id')
      .first('p.id')
      .where('opc.order_id', input.order_id)
      .whereNotNull('p.captured_at')
      .whereNull('p.deleted_at')) as { id: string } | undefined
    if (!payment) return new StepResponse({ refunded_vnd: 0 })

    await refundPaymentWorkflow(container).run({
      input: { payment_id: payment.id, amount: input.refund_vnd },
    })

    return new StepResponse({ refunded_vnd: input.refund_vnd })
  },
)
