import type { MedusaContainer } from '@medusajs/framework/types'
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils'
import type { CommerceEnv } from '../../lib/env'
import { COOPERATIVE_MODULE } from '../../modules/cooperative'
import type CooperativeModuleService from '../../modules/cooperative/service'

/** Demo sign-in of a cooperative's member: `<cooperative handle>@coop.hoaban.local`. */
export function demoMemberEmail(cooperativeHandle: string): string {
  return `${cooperativeHandle}@coop.hoaban.local`
}

/**
 * Gives every cooperative one demo member who signs in to the vendor API with the demo
 * password (actor `cooperative_member`). Refused when NODE_ENV=production. Returns how many
 * members were created.
 */
export async function seedCooperativeMembers(
  container: MedusaContainer,
  env: CommerceEnv,
): Promise<number> {
  if (env.NODE_ENV === 'production') return 0
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const auth = container.resolve(Modules.AUTH)

  const cooperatives = await service.listCooperatives({}, { take: null })
  const members = await service.listCooperativeMembers({}, { take: null })
  let created = 0
  for (const coop of cooperatives) {
    const email = demoMemberEmail(coop.handle)
    if (members.some((m) => m.email === email)) continue

    const member = await service.createCooperativeMembers({
      email,
      name: `Demo ${coop.name_vi}`,
      cooperative_id: coop.id,
    })
    const { authIdentity, error } = await auth.register('emailpass', {
      body: { email, password: env.DEMO_ADMIN_PASSWORD },
    })
    if (error || !authIdentity) throw new Error(`seed: member sign-up failed for ${coop.handle}`)
    await auth.updateAuthIdentities({
      id: authIdentity.id,
      app_metadata: { cooperative_member_id: member.id },
    })
    created += 1
  }
  if (created > 0) logger.info(`seed: ${created} demo cooperative members`)

  return created
}
