import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { APPROVAL_MODULE } from '../../../modules/approval'
import type { ApprovalKind } from '../../../modules/approval/models/product-approval'
import type ApprovalModuleService from '../../../modules/approval/service'

/** A request for a tenant admin's decision on one product. */
export type OpenApprovalInput = {
  kind: ApprovalKind
  product_id: string
  cooperative_id: string
  tenant_slug: string
  proposed: Record<string, unknown> | null
}

type Undo = { created: string } | { replaced: string; proposed: Record<string, unknown> | null }

/**
 * Opens a pending approval, or replaces what a pending one of the same kind proposes (a
 * second certificate proposal supersedes the first). Compensation deletes or restores it.
 */
export const openApprovalStep = createStep(
  'open-product-approval',
  async (input: OpenApprovalInput, { container }) => {
    const approvals = container.resolve<ApprovalModuleService>(APPROVAL_MODULE)
    const [pending] = await approvals.listProductApprovals({
      product_id: input.product_id,
      kind: input.kind,
      status: 'pending',
    })
    if (pending) {
      const updated = await approvals.updateProductApprovals({
        id: pending.id,
        proposed: input.proposed,
      })

      return new StepResponse<string, Undo>(updated.id, {
        replaced: pending.id,
        proposed: (pending.proposed as Record<string, unknown> | null) ?? null,
      })
    }

    const created = await approvals.createProductApprovals({ ...input, status: 'pending' })

    return new StepResponse<string, Undo>(created.id, { created: created.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const approvals = container.resolve<ApprovalModuleService>(APPROVAL_MODULE)
    if ('created' in undo) {
      await approvals.deleteProductApprovals(undo.created)
    } else {
      await approvals.updateProductApprovals({ id: undo.replaced, proposed: undo.proposed })
    }
  },
)
