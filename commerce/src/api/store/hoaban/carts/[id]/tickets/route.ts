import type { MedusaResponse, MedusaStoreRequest } from '@medusajs/framework/http'
import { ContainerRegistrationKeys } from '@medusajs/framework/utils'
import QRCode from 'qrcode'
import { quoteCancellations } from '../../../../../../lib/booking/quote-cancellation'
import { readEnv } from '../../../../../../lib/env'
import { signTicket } from '../../../../../../modules/booking/tickets'

/**
 * The tickets of a completed cart's bookings (the confirmation page knows the cart id): a
 * signed code and its QR image per booked line, and what cancelling it now would refund.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse): Promise<void> {
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const secret = readEnv().TICKET_SECRET
  const rows = (await pg('session_booking as b')
    .join('experience_session as s', 's.id', 'b.session_id')
    .select('b.id', 'b.seats', 'b.status', 'b.checked_in_at', 's.starts_at', 's.id as session_id')
    .where('b.cart_id', req.params.id ?? '')
    .whereNull('b.deleted_at')) as {
    id: string
    seats: number
    status: string
    checked_in_at: Date | null
    starts_at: Date
    session_id: string
  }[]
  const quotes = await quoteCancellations(pg, {
    booking_ids: rows.map((r) => r.id),
    now: new Date(),
    by: 'customer',
  })

  const tickets = await Promise.all(
    rows.map(async (r) => {
      const code = signTicket(r.id, secret)
      const quote = quotes.find((q) => q.booking_id === r.id)

      return {
        booking_id: r.id,
        session_id: r.session_id,
        starts_at: new Date(r.starts_at).toISOString(),
        seats: r.seats,
        status: r.status,
        checked_in: r.checked_in_at !== null,
        code,
        qr_image: await QRCode.toDataURL(code, { margin: 2 }),
        cancellation: quote
          ? {
              cancellable:
                r.status === 'confirmed' && r.checked_in_at === null && quote.window !== 'started',
              window: quote.window,
              paid_vnd: quote.paid_vnd,
              refund_vnd: quote.refund_vnd,
              free_until: quote.free_until.toISOString(),
            }
          : null,
      }
    }),
  )

  res.json({ tickets })
}
