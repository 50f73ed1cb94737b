import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk'
import { sendNotificationsStep } from '@medusajs/medusa/core-flows'
import { type CreateMemberInviteInput, createMemberInviteStep } from './steps/create-member-invite'

/** An invite to store and the message that carries its link. */
export type InviteCooperativeMemberInput = CreateMemberInviteInput & {
  link: string
  cooperative_name: string
}

/**
 * Invites a person to a cooperative: stores the invite (token hashed) and sends them the
 * accept link (template `portal-invite`). A failed send deletes the invite again.
 */
export const inviteCooperativeMemberWorkflow = createWorkflow(
  'invite-cooperative-member',
  (input: InviteCooperativeMemberInput) => {
    const invite = createMemberInviteStep(
      transform({ input }, ({ input }) => ({
        email: input.email,
        name: input.name,
        cooperative_id: input.cooperative_id,
        token_hash: input.token_hash,
        expires_at: input.expires_at,
        invited_by: input.invited_by,
      })),
    )
    sendNotificationsStep(
      transform({ input, invite }, ({ input, invite }) => [
        {
          to: input.email,
          channel: 'email',
          template: 'portal-invite',
          data: {
            link: input.link,
            name: input.name,
            cooperative: input.cooperative_name,
            expires_at: new Date(invite.expires_at).toISOString(),
          },
        },
      ]),
    )

    return new WorkflowResponse(invite)
  },
)
