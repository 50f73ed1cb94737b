import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework'
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils'
import QRCode from 'qrcode'
import { readEnv } from '../lib/env'
import { vietnamLocal } from '../modules/booking/local-time'
import { signTicket } from '../modules/booking/tickets'

/**
 * Sends the booking confirmation of an order that holds experience bookings: one signed
 * ticket code and its QR image per booked line (template `booking-confirmation`).
 */
export default async function sendBookingConfirmation({
  event,
  container,
}: SubscriberArgs<{ id: string }>): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows = (await pg('session_booking as b')
    .join('experience_session as s', 's.id', 'b.session_id')
    .join('order as o', 'o.id', 'b.order_id')
    .select('b.id', 'b.seats', 's.starts_at', 'o.email')
    .where('b.order_id', event.data.id)
    .whereNull('b.deleted_at')) as { id: string; seats: number; starts_at: Date; email: string }[]
  const email = rows[0]?.email
  if (!email) return

  const secret = readEnv().TICKET_SECRET
  const tickets = await Promise.all(
    rows.map(async (r) => {
      const code = signTicket(r.id, secret)

      return {
        booking_id: r.id,
        seats: r.seats,
        starts_at: new Date(r.starts_at).toISOString(),
        local: vietnamLocal(new Date(r.starts_at)),
        code,
        qr_image: await QRCode.toDataURL(code, { margin: 2 }),
      }
    }),
  )
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: 'email',
    template: 'booking-confirmation',
    data: { order_id: event.data.id, tickets },
  })
  logger.info(`booking confirmation sent for order ${event.data.id} (${rows.length} tickets)`)
}

export const config: SubscriberConfig = { event: 'order.placed' }
