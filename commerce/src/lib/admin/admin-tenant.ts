import type { AuthenticatedMedusaRequest } from '@medusajs/framework/http'
import { MedusaError, Modules } from '@medusajs/framework/utils'

/** One read of the signed-in user's tenant per request, shared by the guard and the routes. */
const tenantOfRequest = new WeakMap<object, Promise<string | null>>()

/**
 * The tenant an admin user works for: `metadata.tenant_slug` of a tenant admin, or null for
 * the platform admin, who sees every tenant. The user is read once per request.
 */
export async function adminTenantSlug(req: AuthenticatedMedusaRequest): Promise<string | null> {
  const userId = req.auth_context?.actor_id
  if (!userId || req.auth_context.actor_type !== 'user') {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, 'Sign in as an admin user')
  }
  let tenant = tenantOfRequest.get(req)
  if (!tenant) {
    tenant = readTenantSlug(req, userId)
    tenantOfRequest.set(req, tenant)
  }

  return tenant
}

async function readTenantSlug(
  req: AuthenticatedMedusaRequest,
  userId: string,
): Promise<string | null> {
  const user = await req.scope.resolve(Modules.USER).retrieveUser(userId, { select: ['metadata'] })
  const slug = user.metadata?.tenant_slug

  return typeof slug === 'string' && slug !== '' ? slug : null
}

/**
 * Stops with 404 unless the record's tenant is the admin's own (any tenant for the platform
 * admin): another tenant's record is answered exactly like a missing one.
 */
export function assertTenantAccess(
  adminTenant: string | null,
  recordTenant: string,
  what: string,
): void {
  if (adminTenant !== null && adminTenant !== recordTenant) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${what} not found`)
  }
}
