import { model } from '@medusajs/framework/utils'
import { SessionBooking } from './session-booking'

/**
 * One run of an experience: UTC start and end, capacity and seats already taken. Seats are
 * taken by one conditional UPDATE, so the last seat is sold once.
 */
export const ExperienceSession = model
  .define('experience_session', {
    id: model.id({ prefix: 'exses' }).primaryKey(),
    product_id: model.text(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    capacity: model.number(),
    seats_taken: model.number().default(0),
    language: model.text().default('vi'),
    meeting_point: model.text().nullable(),
    lat: model.float().nullable(),
    lng: model.float().nullable(),
    status: model.enum(['scheduled', 'cancelled']).default('scheduled'),
    bookings: model.hasMany(() => SessionBooking, { mappedBy: 'session' }),
  })
  .indexes([{ on: ['product_id', 'starts_at'] }])
