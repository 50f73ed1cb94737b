import { MedusaService } from '@medusajs/framework/utils'
import { MemberInvite } from './models/member-invite'

/** Stores the invitations tenant admins send to future cooperative members. */
class MemberInviteModuleService extends MedusaService({ MemberInvite }) {}

export default MemberInviteModuleService
