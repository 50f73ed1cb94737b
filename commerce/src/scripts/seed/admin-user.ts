import type { MedusaContainer } from '@medusajs/framework/types'
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils'
import { createUsersWorkflow } from '@medusajs/medusa/core-flows'
import type { CommerceEnv } from '../../lib/env'

/**
 * Creates the demo admin (DEMO_ADMIN_EMAIL / DEMO_ADMIN_PASSWORD) unless it exists.
 * Refused when NODE_ENV=production: a production shop gets its admins through invites.
 */
export async function seedAdminUser(container: MedusaContainer, env: CommerceEnv): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (env.NODE_ENV === 'production') {
    logger.warn('seed: demo admin refused because NODE_ENV=production')
    return
  }

  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const [existing] = await userModule.listUsers({ email: env.DEMO_ADMIN_EMAIL })
  if (existing) return

  const { result: users } = await createUsersWorkflow(container).run({
    input: { users: [{ email: env.DEMO_ADMIN_EMAIL }] },
  })
  const user = users[0]
  if (!user) throw new Error('seed: createUsersWorkflow returned no user')

  const { authIdentity, error } = await authModule.register('emailpass', {
    body: { email: env.DEMO_ADMIN_EMAIL, password: env.DEMO_ADMIN_PASSWORD },
  })
  if (error || !authIdentity) throw new Error(`seed: demo admin sign-up failed: ${error}`)

  await authModule.updateAuthIdentities({
    id: authIdentity.id,
    app_metadata: { user_id: user.id },
  })
  logger.info(`seed: demo admin ${user.id} created`)
}

/** Demo sign-in of a tenant's admin in the commerce dashboard. */
export function tenantAdminEmail(slug: string): string {
  return `tenant-admin@${slug}.hoaban.local`
}

/**
 * Creates one demo admin per tenant (`tenant-admin@<slug>.hoaban.local`, the demo password)
 * with `metadata.tenant_slug`, so Hoa Ban's admin routes keep them to their tenant. Refused
 * when NODE_ENV=production. Returns how many were created.
 */
export async function seedTenantAdmins(
  container: MedusaContainer,
  env: CommerceEnv,
  tenants: readonly { slug: string }[],
): Promise<number> {
  if (env.NODE_ENV === 'production') return 0
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)

  let created = 0
  for (const tenant of tenants) {
    const email = tenantAdminEmail(tenant.slug)
    const [existing] = await userModule.listUsers({ email })
    if (existing) continue

    const { result: users } = await createUsersWorkflow(container).run({
      input: { users: [{ email, metadata: { tenant_slug: tenant.slug } }] },
    })
    const user = users[0]
    if (!user) throw new Error('seed: createUsersWorkflow returned no user')
    const { authIdentity, error } = await authModule.register('emailpass', {
      body: { email, password: env.DEMO_ADMIN_PASSWORD },
    })
    if (error || !authIdentity) throw new Error(`seed: tenant admin sign-up failed: ${error}`)
    await authModule.updateAuthIdentities({
      id: authIdentity.id,
      app_metadata: { user_id: user.id },
    })
    created += 1
  }
  if (created > 0) logger.info(`seed: ${created} demo tenant admins`)

  return created
}
