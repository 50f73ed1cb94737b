import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk'
import { emitEventStep } from '@medusajs/medusa/core-flows'
import { replaceProductCooperativeStep } from './steps/replace-product-cooperative'

/** Moves a product to another cooperative and announces the product change. */
export const setProductCooperativeWorkflow = createWorkflow(
  'set-product-cooperative',
  (input: { product_id: string; cooperative_id: string }) => {
    const id = replaceProductCooperativeStep(input)
    emitEventStep({
      eventName: 'product.updated',
      data: transform({ input }, ({ input }) => ({ id: input.product_id })),
    })

    return new WorkflowResponse(id)
  },
)
