import { MedusaError } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { COOPERATIVE_MODULE } from '../../../modules/cooperative'
import type CooperativeModuleService from '../../../modules/cooperative/service'

/** The member an accepted invite creates. */
export type CreateInvitedMemberInput = {
  email: string
  name: string | null
  cooperative_id: string
}

/** Creates the cooperative member row; an email that is a member already is refused (400). */
export const createInvitedMemberStep = createStep(
  'create-invited-member',
  async (input: CreateInvitedMemberInput, { container }) => {
    const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const [existing] = await cooperatives.listCooperativeMembers({ email: input.email })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        'email: already a cooperative member; sign in or reset the password',
      )
    }
    const member = await cooperatives.createCooperativeMembers(input)

    return new StepResponse(member.id, member.id)
  },
  async (id, { container }) => {
    if (id)
      await container
        .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
        .deleteCooperativeMembers(id)
  },
)
