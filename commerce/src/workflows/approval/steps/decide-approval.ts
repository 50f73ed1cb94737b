import { MedusaError } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { APPROVAL_MODULE } from '../../../modules/approval'
import type { ApprovalKind } from '../../../modules/approval/models/product-approval'
import type ApprovalModuleService from '../../../modules/approval/service'

/** A tenant admin's decision on a pending approval. */
export type DecideApprovalInput = {
  id: string
  status: 'approved' | 'rejected'
  reason?: string | null
  decided_by: string
}

/** The decided approval, as later steps read it. */
export type DecidedApproval = {
  id: string
  kind: ApprovalKind
  product_id: string
  proposed: Record<string, unknown> | null
}

/**
 * Records the decision on a pending approval; an approval decided already is refused.
 * Compensation puts it back to pending, so a failed publish leaves it in the queue.
 */
export const decideApprovalStep = createStep(
  'decide-product-approval',
  async (input: DecideApprovalInput, { container }) => {
    const approvals = container.resolve<ApprovalModuleService>(APPROVAL_MODULE)
    const approval = await approvals.retrieveProductApproval(input.id)
    if (approval.status !== 'pending') {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `id: approval ${input.id} was already ${approval.status}`,
      )
    }
    await approvals.updateProductApprovals({
      id: input.id,
      status: input.status,
      reason: input.reason ?? null,
      decided_by: input.decided_by,
      decided_at: new Date(),
    })

    return new StepResponse<DecidedApproval, string>(
      {
        id: approval.id,
        kind: approval.kind,
        product_id: approval.product_id,
        proposed: (approval.proposed as Record<string, unknown> | null) ?? null,
      },
      approval.id,
    )
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ApprovalModuleService>(APPROVAL_MODULE).updateProductApprovals({
      id,
      status: 'pending',
      reason: null,
      decided_by: null,
      decided_at: null,
    })
  },
)
