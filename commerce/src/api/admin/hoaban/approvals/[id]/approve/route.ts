import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { loadAdminApprovals } from '../../../../../../lib/admin/admin-approvals'
import { assertApprovalAccess } from '../../../../../../lib/admin/find-approval'
import { approveProductApprovalWorkflow } from '../../../../../../workflows/approval/approve-product-approval'

/** Approves: a new product goes live, a proposed certificate replaces the live one. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const id = req.params.id ?? ''
  const decidedBy = await assertApprovalAccess(req, id)

  await approveProductApprovalWorkflow(req.scope).run({ input: { id, decided_by: decidedBy } })
  const [approval] = await loadAdminApprovals(req.scope, { ids: [id] })

  res.json({ approval })
}
