import { ProductStatus } from '@medusajs/framework/utils'
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from '@medusajs/framework/workflows-sdk'
import { updateProductsWorkflow } from '@medusajs/medusa/core-flows'
import { setProductCertificateWorkflow } from '../admin/set-product-certificate'
import type { CertificateInput } from '../admin/steps/upsert-product-certificate'
import { decideApprovalStep, type DecidedApproval } from './steps/decide-approval'

/** Who approves which approval. */
export type ApproveProductApprovalInput = { id: string; decided_by: string }

/** The certificate an approval applies: a certificate proposal, or one sent with a new product. */
function certificateOf(approval: DecidedApproval): CertificateInput | null {
  const proposed = approval.proposed
  const fields = approval.kind === 'certificate' ? proposed : proposed?.certificate
  if (!fields || typeof fields !== 'object') return null

  return { ...(fields as Omit<CertificateInput, 'product_id'>), product_id: approval.product_id }
}

/**
 * Approves a pending approval: a new product is published (Medusa announces the update, so
 * search indexes it), a proposed certificate is applied through the certificate workflow.
 * Any failure puts the approval back to pending and undoes what was done.
 */
export const approveProductApprovalWorkflow = createWorkflow(
  'approve-product-approval',
  (input: ApproveProductApprovalInput) => {
    const approval = decideApprovalStep(
      transform({ input }, ({ input }) => ({ ...input, status: 'approved' as const })),
    )

    when({ approval }, ({ approval }) => approval.kind === 'new_product').then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ approval }, ({ approval }) => ({
          selector: { id: approval.product_id },
          update: { status: ProductStatus.PUBLISHED },
        })),
      })
    })
    const certificate = transform({ approval }, ({ approval }) => certificateOf(approval))
    when({ certificate }, ({ certificate }) => certificate !== null).then(() => {
      setProductCertificateWorkflow.runAsStep({
        input: transform({ certificate }, ({ certificate }) => certificate as CertificateInput),
      })
    })

    return new WorkflowResponse(approval)
  },
)
