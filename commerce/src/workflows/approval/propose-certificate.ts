import { createWorkflow, WorkflowResponse } from '@medusajs/framework/workflows-sdk'
import { type OpenApprovalInput, openApprovalStep } from './steps/open-approval'

/** Opens (or replaces) the pending certificate approval of a product. */
export const proposeCertificateWorkflow = createWorkflow(
  'propose-product-certificate',
  (input: OpenApprovalInput) => {
    const id = openApprovalStep(input)

    return new WorkflowResponse(id)
  },
)
