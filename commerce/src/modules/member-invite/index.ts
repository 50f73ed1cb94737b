import { Module } from '@medusajs/framework/utils'
import MemberInviteModuleService from './service'

/** Registration name of the member invite module in the container. */
export const MEMBER_INVITE_MODULE = 'memberInvite'

export default Module(MEMBER_INVITE_MODULE, { service: MemberInviteModuleService })
