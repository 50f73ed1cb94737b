import type { MedusaResponse, MedusaStoreRequest } from '@medusajs/framework/http'
import { ContainerRegistrationKeys } from '@medusajs/framework/utils'
import { parseQuery } from '../../../../lib/parse-query'
import {
  type HoaBanCooperative,
  listStoreCooperatives,
} from '../../../../lib/store/store-cooperatives'
import { storeCooperativeListQuery } from '../validators'

/** Lists the cooperatives visible through the publishable key's sales channels. */
export async function GET(
  req: MedusaStoreRequest,
  res: MedusaResponse<{ cooperatives: HoaBanCooperative[]; count: number }>,
): Promise<void> {
  const query = parseQuery(storeCooperativeListQuery, req.query)
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)

  const result = await listStoreCooperatives(pg, {
    salesChannelIds: req.publishable_key_context.sales_channel_ids,
    limit: query.limit,
    offset: query.offset,
  })

  res.json(result)
}
