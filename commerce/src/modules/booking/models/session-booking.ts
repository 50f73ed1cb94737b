import { model } from '@medusajs/framework/utils'
import { ExperienceSession } from './experience-session'

/** Seats of one order line in one session, with its signed ticket. */
export const SessionBooking = model
  .define('session_booking', {
    id: model.id({ prefix: 'book' }).primaryKey(),
    order_id: model.text().nullable(),
    line_item_id: model.text().nullable(),
    cart_id: model.text(),
    seats: model.number(),
    participants: model.json().nullable(),
    status: model.enum(['confirmed', 'cancelled']).default('confirmed'),
    checked_in_at: model.dateTime().nullable(),
    session: model.belongsTo(() => ExperienceSession, { mappedBy: 'bookings' }),
  })
  .indexes([{ on: ['order_id'] }, { on: ['cart_id'] }])
