import type { MedusaResponse, MedusaStoreRequest } from '@medusajs/framework/http'
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils'
import {
  type HoaBanCooperative,
  listStoreCooperatives,
} from '../../../../../lib/store/store-cooperatives'

/** One cooperative visible through the publishable key's sales channels, by handle. */
export async function GET(
  req: MedusaStoreRequest,
  res: MedusaResponse<{ cooperative: HoaBanCooperative }>,
): Promise<void> {
  const handle = req.params.handle ?? ''
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)

  const { cooperatives } = await listStoreCooperatives(pg, {
    salesChannelIds: req.publishable_key_context.sales_channel_ids,
    limit: 1,
    offset: 0,
    handle,
  })
  const [cooperative] = cooperatives
  if (!cooperative) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No cooperative with handle ${handle}`)
  }

  res.json({ cooperative })
}
