import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { cancelBookingWorkflow } from '../../../../../../workflows/booking/cancel-booking'

/** Cancels a booking now: seats back to the session, refund as the policy says. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const { result } = await cancelBookingWorkflow(req.scope).run({
    input: { booking_id: req.params.id ?? '', now: new Date().toISOString() },
  })

  res.json({ cancellation: result })
}
