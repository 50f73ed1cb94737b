import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { MedusaError } from '@medusajs/framework/utils'
import { listVendorOrders } from '../../../../lib/vendor/vendor-orders'
import { vendorScope } from '../../../../lib/vendor/vendor-scope'

/** One order with the cooperative's lines; an order without any is a 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const scope = await vendorScope(req)
  const id = req.params.id ?? ''
  const { orders } = await listVendorOrders(scope, { limit: 1, offset: 0, orderId: id })
  const [order] = orders
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${id} not found`)

  res.json({ order })
}
