import { MedusaError, Modules } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'

/** The email/password identity of a new member. */
export type RegisterMemberIdentityInput = { email: string; password: string; member_id: string }

/**
 * Creates the member's email/password identity, with app_metadata `cooperative_member_id`
 * so Medusa's sign-in issues `cooperative_member` tokens. An email that already has an
 * identity (e.g. a customer account) is refused (400). Compensation deletes the identity.
 */
export const registerMemberIdentityStep = createStep(
  'register-member-identity',
  async (input: RegisterMemberIdentityInput, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const { authIdentity, error } = await auth.register('emailpass', {
      body: { email: input.email, password: input.password },
    })
    if (error || !authIdentity) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        'email: already has an account here; ask the platform to link it',
      )
    }
    await auth.updateAuthIdentities({
      id: authIdentity.id,
      app_metadata: { cooperative_member_id: input.member_id },
    })

    return new StepResponse(authIdentity.id, authIdentity.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve(Modules.AUTH).deleteAuthIdentities([id])
  },
)
