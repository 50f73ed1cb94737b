import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { parseQuery } from '../../../lib/parse-query'
import { listVendorOrders } from '../../../lib/vendor/vendor-orders'
import { vendorScope } from '../../../lib/vendor/vendor-scope'
import { vendorOrderListQuery } from './validators'

/** Orders with the cooperative's products, showing only those lines; `?status=to_ship`. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const scope = await vendorScope(req)
  const query = parseQuery(vendorOrderListQuery, req.query)

  res.json(await listVendorOrders(scope, query))
}
