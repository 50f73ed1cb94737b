import type { MedusaResponse, MedusaStoreRequest } from '@medusajs/framework/http'
import { ContainerRegistrationKeys } from '@medusajs/framework/utils'
import { parseQuery } from '../../../../lib/parse-query'
import { findStoreProductIds } from '../../../../lib/store/find-store-product-ids'
import type { HoaBanProduct } from '../../../../lib/store/hoaban-product'
import { loadHoaBanProducts } from '../../../../lib/store/load-hoaban-products'
import { storeProductListQuery } from '../validators'

/** Lists the products of the publishable key's sales channels in the HoaBanProduct shape. */
export async function GET(
  req: MedusaStoreRequest,
  res: MedusaResponse<{ products: HoaBanProduct[]; count: number; limit: number; offset: number }>,
): Promise<void> {
  const query = parseQuery(storeProductListQuery, req.query)
  const salesChannelIds = req.publishable_key_context.sales_channel_ids
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)

  const { ids, count } = await findStoreProductIds(pg, {
    salesChannelIds,
    limit: query.limit,
    offset: query.offset,
    kind: query.kind,
    cooperative: query.cooperative,
    group: query.group,
    stars: query.stars,
  })
  const products = await loadHoaBanProducts(req.scope, ids, salesChannelIds)

  res.json({ products, count, limit: query.limit, offset: query.offset })
}
