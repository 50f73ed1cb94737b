import { Module } from '@medusajs/framework/utils'
import OcopModuleService from './service'

/** Registration name of the OCOP module in the container. */
export const OCOP_MODULE = 'ocop'

export default Module(OCOP_MODULE, { service: OcopModuleService })
