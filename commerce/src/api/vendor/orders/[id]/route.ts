import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { loadVendorOrder } from '../../../../lib/vendor/vendor-orders'
import { vendorScope } from '../../../../lib/vendor/vendor-scope'

/** One order with the cooperative's lines; an order without any is a 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const scope = await vendorScope(req)

  res.json({ order: await loadVendorOrder(scope, req.params.id ?? '') })
}
