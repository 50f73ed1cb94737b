import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { MEMBER_INVITE_MODULE } from '../../../modules/member-invite'
import type MemberInviteModuleService from '../../../modules/member-invite/service'

/** The stored part of an invite: never the token itself, only its hash. */
export type CreateMemberInviteInput = {
  email: string
  name: string | null
  cooperative_id: string
  token_hash: string
  expires_at: Date
  invited_by: string
}

/** Stores an invite; compensation deletes it. */
export const createMemberInviteStep = createStep(
  'create-member-invite',
  async (input: CreateMemberInviteInput, { container }) => {
    const invites = container.resolve<MemberInviteModuleService>(MEMBER_INVITE_MODULE)
    const invite = await invites.createMemberInvites(input)

    return new StepResponse(
      { id: invite.id, email: invite.email, expires_at: invite.expires_at },
      invite.id,
    )
  },
  async (id, { container }) => {
    if (id)
      await container
        .resolve<MemberInviteModuleService>(MEMBER_INVITE_MODULE)
        .deleteMemberInvites(id)
  },
)
