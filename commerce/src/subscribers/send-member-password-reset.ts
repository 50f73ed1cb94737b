import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework'
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils'
import { readEnv } from '../lib/env'
import { storefrontUrlFor } from '../lib/tenants'
import { COOPERATIVE_MODULE } from '../modules/cooperative'
import type CooperativeModuleService from '../modules/cooperative/service'

/** What Medusa's reset-password route announces (`auth.password_reset`). */
type PasswordResetEvent = { entity_id: string; actor_type: string; token: string }

/**
 * Sends a cooperative member the link to choose a new password (template
 * `portal-password-reset`), on the portal of their cooperative's tenant. Other actors' resets
 * are left to their own senders; an unknown email gets nothing, silently.
 */
export default async function sendMemberPasswordReset({
  event,
  container,
}: SubscriberArgs<PasswordResetEvent>): Promise<void> {
  if (event.data.actor_type !== 'cooperative_member') return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const cooperatives = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const email = event.data.entity_id

  const [member] = await cooperatives.listCooperativeMembers(
    { email: email.trim().toLowerCase() },
    { relations: ['cooperative'] },
  )
  if (!member) {
    logger.info('password reset for an email that is no cooperative member: nothing sent')
    return
  }
  const link = new URL(
    '/portal/reset-password',
    storefrontUrlFor(member.cooperative.tenant_slug, readEnv()),
  )
  link.searchParams.set('token', event.data.token)
  link.searchParams.set('email', email)

  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: email,
    channel: 'email',
    template: 'portal-password-reset',
    data: { link: link.toString(), email, name: member.name ?? null },
  })
  logger.info(`password reset link sent to cooperative member ${member.id}`)
}

export const config: SubscriberConfig = { event: 'auth.password_reset' }
