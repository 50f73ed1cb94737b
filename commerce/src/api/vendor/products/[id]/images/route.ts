import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { isGeneratedImage, toStoredPhoto } from '../../../../../lib/vendor/product-photo'
import { loadVendorProducts } from '../../../../../lib/vendor/vendor-product'
import { assertOwnProduct, vendorScope } from '../../../../../lib/vendor/vendor-scope'
import { addVendorProductPhotoWorkflow } from '../../../../../workflows/vendor/add-vendor-product-photo'

/**
 * Adds a photo (multipart field `file`) to one of the cooperative's products: upright, fitted
 * in 1600 px, stored as WebP. The first photo replaces a generated placeholder as thumbnail.
 */
export async function POST(
  req: AuthenticatedMedusaRequest & { file?: Express.Multer.File },
  res: MedusaResponse,
): Promise<void> {
  const scope = await vendorScope(req)
  const id = req.params.id ?? ''
  await assertOwnProduct(scope, id)
  const webp = await toStoredPhoto(req.file?.buffer ?? Buffer.alloc(0))
  const [current] = await loadVendorProducts(req.scope, [id])
  const keep = (current?.images ?? []).filter((image) => !isGeneratedImage(image.url))
  const thumbnail =
    current?.thumbnail && !isGeneratedImage(current.thumbnail) ? current.thumbnail : null

  await addVendorProductPhotoWorkflow(req.scope).run({
    input: { product_id: id, webp_base64: webp.toString('base64'), keep_images: keep, thumbnail },
  })
  const [product] = await loadVendorProducts(req.scope, [id])

  res.status(201).json({ product })
}
