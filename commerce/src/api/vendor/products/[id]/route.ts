import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { ContainerRegistrationKeys } from '@medusajs/framework/utils'
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

/**
 * Edits the texts of one of the cooperative's products, Vietnamese on the product and English
 * in its metadata. The status is not the member's to change.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<UpdateVendorProductBody>,
  res: MedusaResponse,
): Promise<void> {
  const scope = await vendorScope(req)
  const id = req.params.id ?? ''
  await assertOwnProduct(scope, id)
  const { title_en, description_en, ...texts } = req.validatedBody

  let metadata: Record<string, unknown> | undefined
  if (title_en !== undefined || description_en !== undefined) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: 'product', fields: ['metadata'], filters: { id } })
    metadata = { ...((data[0] as { metadata?: Record<string, unknown> | null })?.metadata ?? {}) }
    for (const [key, value] of Object.entries({ title_en, description_en })) {
      if (value === null || value === '') delete metadata[key]
      else if (value !== undefined) metadata[key] = value
    }
  }
  await updateProductsWorkflow(req.scope).run({
    input: { selector: { id }, update: { ...texts, ...(metadata ? { metadata } : {}) } },
  })
  const [product] = await loadVendorProducts(req.scope, [id])

  res.json({ product })
}
