import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { MEMBER_INVITE_MODULE } from '../../../modules/member-invite'
import type MemberInviteModuleService from '../../../modules/member-invite/service'

/** Notes on the invite which member it became; the last step, so nothing to undo. */
export const recordInviteMemberStep = createStep(
  'record-invite-member',
  async (input: { invite_id: string; member_id: string }, { container }) => {
    await container
      .resolve<MemberInviteModuleService>(MEMBER_INVITE_MODULE)
      .updateMemberInvites({ id: input.invite_id, member_id: input.member_id })

    return new StepResponse(input.invite_id)
  },
)
