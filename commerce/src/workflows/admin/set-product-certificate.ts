import { createWorkflow, WorkflowResponse } from '@medusajs/framework/workflows-sdk'
import { emitEventStep } from '@medusajs/medusa/core-flows'
import { transform } from '@medusajs/framework/workflows-sdk'
import {
  type CertificateInput,
  upsertProductCertificateStep,
} from './steps/upsert-product-certificate'

/** Sets a product's OCOP certificate and announces the product change (search re-indexes it). */
export const setProductCertificateWorkflow = createWorkflow(
  'set-product-certificate',
  (input: CertificateInput) => {
    const id = upsertProductCertificateStep(input)
    emitEventStep({
      eventName: 'product.updated',
      data: transform({ input }, ({ input }) => ({ id: input.product_id })),
    })

    return new WorkflowResponse(id)
  },
)
