import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { MedusaError } from '@medusajs/framework/utils'
import { hashInviteToken } from '../../../../../lib/invites/invite-token'
import { COOPERATIVE_MODULE } from '../../../../../modules/cooperative'
import type CooperativeModuleService from '../../../../../modules/cooperative/service'
import { MEMBER_INVITE_MODULE } from '../../../../../modules/member-invite'
import type MemberInviteModuleService from '../../../../../modules/member-invite/service'

/**
 * What the accept page shows for an invite link: the invited email and the cooperative.
 * An unknown, used or expired token is a 404.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const token = req.params.token ?? ''
  const [invite] = await req.scope
    .resolve<MemberInviteModuleService>(MEMBER_INVITE_MODULE)
    .listMemberInvites(
      { token_hash: hashInviteToken(token), accepted_at: null, expires_at: { $gt: new Date() } },
      { select: ['id', 'email', 'cooperative_id'] },
    )
  if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, 'token: no such open invite')
  const cooperative = await req.scope
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .retrieveCooperative(invite.cooperative_id, { select: ['name_vi', 'name_en'] })

  res.json({
    email: invite.email,
    cooperative: { name_vi: cooperative.name_vi, name_en: cooperative.name_en },
  })
}
