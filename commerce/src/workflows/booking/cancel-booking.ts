import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk'
import { type CancelBookingInput, cancelBookingSeatsStep } from './steps/cancel-booking-seats'
import { refundBookingPaymentStep } from './steps/refund-booking-payment'

/**
 * Cancels a booking: gives its seats back and refunds what the experience's policy allows
 * (all of it inside the free window, the late share after it, nothing once started). A
 * customer cannot cancel once the session has started or the ticket was used.
 */
export const cancelBookingWorkflow = createWorkflow(
  'cancel-booking',
  (input: CancelBookingInput) => {
    const cancellation = cancelBookingSeatsStep(input)
    const refund = refundBookingPaymentStep(cancellation)

    return new WorkflowResponse(
      transform({ cancellation, refund }, ({ cancellation, refund }) => ({
        ...cancellation,
        refunded_vnd: refund.refunded_vnd,
      })),
    )
  },
)
