import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { loadAdminApprovals } from '../../../../../../lib/admin/admin-approvals'
import { assertApprovalAccess } from '../../../../../../lib/admin/find-approval'
import { rejectProductApprovalWorkflow } from '../../../../../../workflows/approval/reject-product-approval'
import type { RejectApprovalBody } from '../../../validators'

/** Rejects with a reason the cooperative sees in its portal; the product stays as it was. */
export async function POST(
  req: AuthenticatedMedusaRequest<RejectApprovalBody>,
  res: MedusaResponse,
): Promise<void> {
  const id = req.params.id ?? ''
  const decidedBy = await assertApprovalAccess(req, id)

  await rejectProductApprovalWorkflow(req.scope).run({
    input: { id, decided_by: decidedBy, reason: req.validatedBody.reason },
  })
  const [approval] = await loadAdminApprovals(req.scope, { ids: [id] })

  res.json({ approval })
}
