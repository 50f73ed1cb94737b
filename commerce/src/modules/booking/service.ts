import { MedusaService } from '@medusajs/framework/utils'
import { ExperienceSession } from './models/experience-session'
import { SessionBooking } from './models/session-booking'

/** Sessions of experiences and the bookings that take their seats. */
class BookingModuleService extends MedusaService({ ExperienceSession, SessionBooking }) {}

export default BookingModuleService
