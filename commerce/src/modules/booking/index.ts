import { Module } from '@medusajs/framework/utils'
import BookingModuleService from './service'

/** Registration name of the booking module in the container. */
export const BOOKING_MODULE = 'booking'

export default Module(BOOKING_MODULE, { service: BookingModuleService })
