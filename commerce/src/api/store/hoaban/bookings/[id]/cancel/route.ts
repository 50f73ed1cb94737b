import type { MedusaResponse, MedusaStoreRequest } from '@medusajs/framework/http'
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils'
import { readEnv } from '../../../../../../lib/env'
import { verifyTicket } from '../../../../../../modules/booking/tickets'
import { cancelBookingWorkflow } from '../../../../../../workflows/booking/cancel-booking'
import type { CancelOwnBookingBody } from '../../../validators'

/**
 * A customer cancels their own booking, proven by its signed ticket code or the cart it was
 * bought with. Seats go back and the refund is what the experience's policy gives now; once
 * the session has started, or the booking is cancelled already, the answer is 400.
 */
export async function POST(
  req: MedusaStoreRequest<CancelOwnBookingBody>,
  res: MedusaResponse,
): Promise<void> {
  const bookingId = req.params.id ?? ''
  const body = req.validatedBody
  const refused = () =>
    new MedusaError(
      MedusaError.Types.FORBIDDEN,
      body.code ? 'code: not a ticket of this booking' : 'cart_id: not the cart of this booking',
    )
  if (body.code && verifyTicket(body.code, readEnv().TICKET_SECRET) !== bookingId) throw refused()

  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const booking = (await pg('session_booking as b')
    .leftJoin('order as o', 'o.id', 'b.order_id')
    .first('b.cart_id', 'o.sales_channel_id')
    .where('b.id', bookingId)
    .whereNull('b.deleted_at')) as { cart_id: string; sales_channel_id: string | null } | undefined
  if (body.cart_id && booking?.cart_id !== body.cart_id) throw refused()
  const channels = req.publishable_key_context.sales_channel_ids
  if (!booking || !booking.sales_channel_id || !channels.includes(booking.sales_channel_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `booking ${bookingId} not found`)
  }

  const { result } = await cancelBookingWorkflow(req.scope).run({
    input: {
      booking_id: bookingId,
      now: new Date().toISOString(),
      by: 'customer',
      expected_refund_vnd: body.expected_refund_vnd,
    },
  })

  res.json({ cancellation: result })
}
