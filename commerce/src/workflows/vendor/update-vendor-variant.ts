import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from '@medusajs/framework/workflows-sdk'
import { updateProductVariantsWorkflow } from '@medusajs/medusa/core-flows'
import { setVariantStockStep } from './steps/set-variant-stock'

/** New price (whole đồng) and/or stock of one variant. */
export type UpdateVendorVariantInput = {
  variant_id: string
  location_id: string
  price_vnd?: number
  stock?: number
}

/** Changes a variant's VND price and stock together; a failure undoes both. */
export const updateVendorVariantWorkflow = createWorkflow(
  'update-vendor-variant',
  (input: UpdateVendorVariantInput) => {
    when({ input }, ({ input }) => input.price_vnd !== undefined).then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          selector: { id: input.variant_id },
          update: { prices: [{ amount: input.price_vnd as number, currency_code: 'vnd' }] },
        })),
      })
    })
    when({ input }, ({ input }) => input.stock !== undefined).then(() => {
      setVariantStockStep(
        transform({ input }, ({ input }) => ({
          variant_id: input.variant_id,
          location_id: input.location_id,
          quantity: input.stock as number,
        })),
      )
    })

    return new WorkflowResponse({ variant_id: input.variant_id })
  },
)
