import type { MedusaResponse, MedusaStoreRequest } from '@medusajs/framework/http'
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils'
import { findStoreProductIds } from '../../../../../lib/store/find-store-product-ids'
import type { HoaBanProduct } from '../../../../../lib/store/hoaban-product'
import { loadHoaBanProducts } from '../../../../../lib/store/load-hoaban-products'

/** One product of the publishable key's sales channels, by handle. */
export async function GET(
  req: MedusaStoreRequest,
  res: MedusaResponse<{ product: HoaBanProduct }>,
): Promise<void> {
  const handle = req.params.handle ?? ''
  const salesChannelIds = req.publishable_key_context.sales_channel_ids
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)

  const { ids } = await findStoreProductIds(pg, { salesChannelIds, limit: 1, offset: 0, handle })
  const [product] = await loadHoaBanProducts(req.scope, ids, salesChannelIds)
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product with handle ${handle}`)
  }

  res.json({ product })
}
