import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk'
import { decideApprovalStep } from './steps/decide-approval'

/** Who rejects which approval, and why (shown to the cooperative). */
export type RejectProductApprovalInput = { id: string; decided_by: string; reason: string }

/** Rejects a pending approval with a reason; the product stays as it was. */
export const rejectProductApprovalWorkflow = createWorkflow(
  'reject-product-approval',
  (input: RejectProductApprovalInput) => {
    const approval = decideApprovalStep(
      transform({ input }, ({ input }) => ({ ...input, status: 'rejected' as const })),
    )

    return new WorkflowResponse(approval)
  },
)
