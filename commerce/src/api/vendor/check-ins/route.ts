import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { MedusaError } from '@medusajs/framework/utils'
import { readEnv } from '../../../lib/env'
import { vendorScope } from '../../../lib/vendor/vendor-scope'
import { verifyTicket } from '../../../modules/booking/tickets'
import type { CheckInBody } from '../validators'

/**
 * Checks a ticket in for the member's cooperative: forged codes and other cooperatives'
 * sessions are refused; a ticket checks in once, a second scan answers 400 "already used".
 */
export async function POST(
  req: AuthenticatedMedusaRequest<CheckInBody>,
  res: MedusaResponse,
): Promise<void> {
  const scope = await vendorScope(req)
  const bookingId = verifyTicket(req.validatedBody.code, readEnv().TICKET_SECRET)
  if (!bookingId) throw new MedusaError(MedusaError.Types.INVALID_DATA, 'code: not a valid ticket')

  const booking = (await scope
    .pg('session_booking as b')
    .join('experience_session as s', 's.id', 'b.session_id')
    .join('cooperative_cooperative_product_product as cp', 'cp.product_id', 's.product_id')
    .first('b.id', 'b.status', 'b.seats', 's.id as session_id', 's.starts_at')
    .where('b.id', bookingId)
    .where('cp.cooperative_id', scope.cooperativeId)
    .whereNull('cp.deleted_at')
    .whereNull('b.deleted_at')) as
    { id: string; status: string; seats: number; session_id: string; starts_at: Date } | undefined
  if (!booking) throw new MedusaError(MedusaError.Types.NOT_FOUND, 'code: not a ticket of yours')
  if (booking.status !== 'confirmed') {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, 'code: booking cancelled')
  }

  const updated = await scope
    .pg('session_booking')
    .where('id', booking.id)
    .whereNull('checked_in_at')
    .update({ checked_in_at: new Date() })
  if (updated === 0) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, 'code: already used')

  res.json({
    checked_in: true,
    booking_id: booking.id,
    session_id: booking.session_id,
    seats: booking.seats,
  })
}
