import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk'
import { claimMemberInviteStep } from './steps/claim-member-invite'
import { createInvitedMemberStep } from './steps/create-invited-member'
import { recordInviteMemberStep } from './steps/record-invite-member'
import { registerMemberIdentityStep } from './steps/register-member-identity'

/** An invite token's hash and the password the new member chose. */
export type AcceptMemberInviteInput = { token_hash: string; password: string }

/**
 * Accepts an invite once: uses it up, creates the cooperative member and their email/password
 * identity. Any failure undoes the earlier steps and leaves the invite usable.
 */
export const acceptMemberInviteWorkflow = createWorkflow(
  'accept-member-invite',
  (input: AcceptMemberInviteInput) => {
    const invite = claimMemberInviteStep(input.token_hash)
    const memberId = createInvitedMemberStep(
      transform({ invite }, ({ invite }) => ({
        email: invite.email,
        name: invite.name,
        cooperative_id: invite.cooperative_id,
      })),
    )
    const authIdentityId = registerMemberIdentityStep(
      transform({ input, invite, memberId }, ({ input, invite, memberId }) => ({
        email: invite.email,
        password: input.password,
        member_id: memberId,
      })),
    )
    recordInviteMemberStep(
      transform({ invite, memberId }, ({ invite, memberId }) => ({
        invite_id: invite.id,
        member_id: memberId,
      })),
    )

    return new WorkflowResponse({ member_id: memberId, auth_identity_id: authIdentityId })
  },
)
