import { Module } from '@medusajs/framework/utils'
import CooperativeModuleService from './service'

/** Registration name of the cooperative module in the container. */
export const COOPERATIVE_MODULE = 'cooperative'

export default Module(COOPERATIVE_MODULE, { service: CooperativeModuleService })
