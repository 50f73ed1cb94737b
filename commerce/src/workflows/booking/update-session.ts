import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from '@medusajs/framework/workflows-sdk'
import { cancelSessionBookingsStep } from './steps/cancel-session-bookings'
import { notifySessionCustomersStep } from './steps/notify-session-customers'
import { refundBookingPaymentsStep } from './steps/refund-booking-payments'
import { type SessionChange, updateSessionStep } from './steps/update-session'

/**
 * Moves or cancels a session and tells its booked customers. Moving keeps the bookings;
 * cancelling cancels every confirmed booking, gives the seats back and refunds each in full
 * (the provider cancelled, so the policy's window does not apply). Refunds come last.
 */
export const updateSessionWorkflow = createWorkflow(
  'update-experience-session',
  (input: SessionChange) => {
    const session = updateSessionStep(input)
    const cancelled = when({ session }, ({ session }) => session.status === 'cancelled').then(() =>
      cancelSessionBookingsStep(
        transform({ session }, ({ session }) => ({
          session_id: session.id,
          now: new Date().toISOString(),
        })),
      ),
    )
    const cancellations = transform({ cancelled }, ({ cancelled }) => cancelled ?? [])
    const notified = notifySessionCustomersStep(
      transform({ session, cancellations }, (data) => data),
    )
    const refunds = refundBookingPaymentsStep(cancellations)

    return new WorkflowResponse(
      transform({ session, notified, cancellations, refunds }, (data) => ({
        session: data.session,
        notified: data.notified,
        cancelled_bookings: data.cancellations.map((c) => ({
          ...c,
          refunded_vnd: data.refunds.find((r) => r.booking_id === c.booking_id)?.refunded_vnd ?? 0,
        })),
      })),
    )
  },
)
