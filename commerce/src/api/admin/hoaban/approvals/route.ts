import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { loadAdminApprovals } from '../../../../lib/admin/admin-approvals'
import { adminTenantSlug } from '../../../../lib/admin/admin-tenant'
import { parseQuery } from '../../../../lib/parse-query'
import { approvalListQuery } from '../validators'

/** The approval queue: `?status=pending` for what waits; a tenant admin sees their tenant's. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const { status } = parseQuery(approvalListQuery, req.query)
  const tenant = await adminTenantSlug(req)
  const approvals = await loadAdminApprovals(req.scope, { status, tenant_slug: tenant })

  res.json({ approvals })
}
