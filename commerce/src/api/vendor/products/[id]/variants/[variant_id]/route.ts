import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { Modules } from '@medusajs/framework/utils'
import { loadVendorProducts } from '../../../../../../lib/vendor/vendor-product'
import { assertOwnVariant, vendorScope } from '../../../../../../lib/vendor/vendor-scope'
import { updateVendorVariantWorkflow } from '../../../../../../workflows/vendor/update-vendor-variant'
import type { UpdateVendorVariantBody } from '../../../../validators'

/** Sets the VND price and/or stock of a variant of one of the cooperative's products. */
export async function POST(
  req: AuthenticatedMedusaRequest<UpdateVendorVariantBody>,
  res: MedusaResponse,
): Promise<void> {
  const scope = await vendorScope(req)
  const productId = req.params.id ?? ''
  const variantId = req.params.variant_id ?? ''
  await assertOwnVariant(scope, productId, variantId)
  const [store] = await req.scope.resolve(Modules.STORE).listStores()

  await updateVendorVariantWorkflow(req.scope).run({
    input: {
      variant_id: variantId,
      location_id: store?.default_location_id ?? '',
      ...req.validatedBody,
    },
  })
  const [product] = await loadVendorProducts(req.scope, [productId])

  res.json({ product })
}
