import { MedusaError } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { MEMBER_INVITE_MODULE } from '../../../modules/member-invite'
import type MemberInviteModuleService from '../../../modules/member-invite/service'

/**
 * Uses up the invite with this token hash, or refuses with 400 `token: expired or already
 * used`. Compensation makes it usable again, so a failed sign-up can be retried.
 */
export const claimMemberInviteStep = createStep(
  'claim-member-invite',
  async (tokenHash: string, { container }) => {
    const invites = container.resolve<MemberInviteModuleService>(MEMBER_INVITE_MODULE)
    const invite = await invites.claimInvite(tokenHash)
    if (!invite) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, 'token: expired or already used')
    }

    return new StepResponse(invite, invite.id)
  },
  async (id, { container }) => {
    if (id)
      await container.resolve<MemberInviteModuleService>(MEMBER_INVITE_MODULE).releaseInvite(id)
  },
)
