import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils'
import { setProductCooperativeWorkflow } from '../../../../../../workflows/admin/set-product-cooperative'
import type { SetCooperativeBody } from '../../../validators'

/** The product's cooperative and every cooperative it could belong to. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const current = await pg('cooperative_cooperative_product_product')
    .first('cooperative_id')
    .where('product_id', req.params.id ?? '')
    .whereNull('deleted_at')
  const cooperatives = await pg('cooperative')
    .select('id', 'handle', 'name_vi', 'kind', 'commune', 'tenant_slug')
    .whereNull('deleted_at')
    .orderBy('name_vi')

  res.json({ cooperative_id: current?.cooperative_id ?? null, cooperatives })
}

/** Moves the product to the given cooperative. */
export async function POST(
  req: AuthenticatedMedusaRequest<SetCooperativeBody>,
  res: MedusaResponse,
): Promise<void> {
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const productId = req.params.id ?? ''
  const { cooperative_id } = req.validatedBody
  const [product, cooperative] = await Promise.all([
    pg('product').first('id').where('id', productId).whereNull('deleted_at'),
    pg('cooperative').first('id').where('id', cooperative_id).whereNull('deleted_at'),
  ])
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} not found`)
  if (!cooperative) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `cooperative_id: ${cooperative_id} unknown`,
    )
  }

  await setProductCooperativeWorkflow(req.scope).run({
    input: { product_id: productId, cooperative_id },
  })

  res.json({ cooperative_id })
}
