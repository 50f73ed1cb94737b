import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk'
import { updateProductsWorkflow } from '@medusajs/medusa/core-flows'
import { storeProductPhotoStep } from './steps/store-product-photo'

/** A processed photo for a product, with the images it keeps and its current thumbnail. */
export type AddVendorProductPhotoInput = {
  product_id: string
  webp_base64: string
  keep_images: { id: string; url: string }[]
  /** The thumbnail to keep, or null when the new photo should become it. */
  thumbnail: string | null
}

/**
 * Stores a member's photo and appends it to the product's images; it becomes the thumbnail
 * when the product has none of its own. A failed product update removes the file again.
 */
export const addVendorProductPhotoWorkflow = createWorkflow(
  'add-vendor-product-photo',
  (input: AddVendorProductPhotoInput) => {
    const url = storeProductPhotoStep(
      transform({ input }, ({ input }) => ({
        product_id: input.product_id,
        webp_base64: input.webp_base64,
      })),
    )
    updateProductsWorkflow.runAsStep({
      input: transform({ input, url }, ({ input, url }) => ({
        selector: { id: input.product_id },
        update: {
          images: [...input.keep_images, { url }],
          thumbnail: input.thumbnail ?? url,
        },
      })),
    })

    return new WorkflowResponse(url)
  },
)
