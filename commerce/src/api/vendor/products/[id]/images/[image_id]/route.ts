import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { MedusaError } from '@medusajs/framework/utils'
import { loadVendorProducts } from '../../../../../../lib/vendor/vendor-product'
import { assertOwnProduct, vendorScope } from '../../../../../../lib/vendor/vendor-scope'
import { removeVendorProductPhotoWorkflow } from '../../../../../../workflows/vendor/remove-vendor-product-photo'

/** Removes an image of one of the cooperative's products; the next image becomes thumbnail. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const scope = await vendorScope(req)
  const id = req.params.id ?? ''
  const imageId = req.params.image_id ?? ''
  await assertOwnProduct(scope, id)
  const [current] = await loadVendorProducts(req.scope, [id])
  const removed = current?.images.find((image) => image.id === imageId)
  if (!current || !removed) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `image_id: image ${imageId} not found`)
  }
  const keep = current.images.filter((image) => image.id !== imageId)
  const thumbnail =
    current.thumbnail && current.thumbnail !== removed.url
      ? current.thumbnail
      : (keep[0]?.url ?? null)

  await removeVendorProductPhotoWorkflow(req.scope).run({
    input: { product_id: id, removed_url: removed.url, keep_images: keep, thumbnail },
  })
  const [product] = await loadVendorProducts(req.scope, [id])

  res.json({ product })
}
