import type { AuthenticatedMedusaRequest } from '@medusajs/framework/http'
import { MedusaError } from '@medusajs/framework/utils'
import { APPROVAL_MODULE } from '../../modules/approval'
import type ApprovalModuleService from '../../modules/approval/service'
import { adminTenantSlug, assertTenantAccess } from './admin-tenant'

/**
 * Stops with 404 unless the approval exists and belongs to the admin's tenant; returns the
 * admin user's id for `decided_by`.
 */
export async function assertApprovalAccess(
  req: AuthenticatedMedusaRequest,
  id: string,
): Promise<string> {
  const tenant = await adminTenantSlug(req)
  const [approval] = await req.scope
    .resolve<ApprovalModuleService>(APPROVAL_MODULE)
    .listProductApprovals({ id }, { select: ['id', 'tenant_slug'] })
  if (!approval) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Approval ${id} not found`)
  assertTenantAccess(tenant, approval.tenant_slug, `Approval ${id}`)

  return req.auth_context.actor_id
}
