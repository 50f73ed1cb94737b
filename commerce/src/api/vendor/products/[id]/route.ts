import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { updateProductsWorkflow } from '@medusajs/medusa/core-flows'
import { loadVendorProducts } from '../../../../lib/vendor/vendor-product'
import { assertOwnProduct, vendorScope } from '../../../../lib/vendor/vendor-scope'
import type { UpdateVendorProductBody } from '../../validators'

/** One of the cooperative's products; another cooperative's is a 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const scope = await vendorScope(req)
  const id = req.params.id ?? ''
  await assertOwnProduct(scope, id)
  const [product] = await loadVendorProducts(req.scope, [id])

  res.json({ product })
}

/** Edits title, texts or status of one of the cooperative's products. */
export async function POST(
  req: AuthenticatedMedusaRequest<UpdateVendorProductBody>,
  res: MedusaResponse,
): Promise<void> {
  const scope = await vendorScope(req)
  const id = req.params.id ?? ''
  await assertOwnProduct(scope, id)

  await updateProductsWorkflow(req.scope).run({
    input: { selector: { id }, update: req.validatedBody },
  })
  const [product] = await loadVendorProducts(req.scope, [id])

  res.json({ product })
}
