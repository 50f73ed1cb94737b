import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk'
import { updateProductsWorkflow } from '@medusajs/medusa/core-flows'
import { removeStoredPhotoStep } from './steps/remove-stored-photo'

/** The image to remove from a product, and what the product keeps. */
export type RemoveVendorProductPhotoInput = {
  product_id: string
  removed_url: string
  keep_images: { id: string; url: string }[]
  thumbnail: string | null
}

/** Takes an image off a product (the next one becomes the thumbnail), then removes its file. */
export const removeVendorProductPhotoWorkflow = createWorkflow(
  'remove-vendor-product-photo',
  (input: RemoveVendorProductPhotoInput) => {
    updateProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        selector: { id: input.product_id },
        update: { images: input.keep_images, thumbnail: input.thumbnail },
      })),
    })
    removeStoredPhotoStep(transform({ input }, ({ input }) => input.removed_url))

    return new WorkflowResponse(input.product_id)
  },
)
