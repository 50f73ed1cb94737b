import { Module } from '@medusajs/framework/utils'
import ApprovalModuleService from './service'

/** Registration name of the approval module in the container. */
export const APPROVAL_MODULE = 'approval'

export default Module(APPROVAL_MODULE, { service: ApprovalModuleService })
