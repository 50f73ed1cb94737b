import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { loadVendorOrder } from '../../../../../lib/vendor/vendor-orders'
import { vendorScope } from '../../../../../lib/vendor/vendor-scope'
import { fulfilVendorOrderItemsWorkflow } from '../../../../../workflows/vendor/fulfil-vendor-order-items'
import type { FulfilOrderItemsBody } from '../../validators'

/**
 * Marks some of the cooperative's lines of an order shipped or ready for pickup. Lines of
 * other cooperatives are 404, lines already fulfilled 400.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<FulfilOrderItemsBody>,
  res: MedusaResponse,
): Promise<void> {
  const scope = await vendorScope(req)
  const orderId = req.params.id ?? ''
  await fulfilVendorOrderItemsWorkflow(req.scope).run({
    input: {
      order_id: orderId,
      cooperative_id: scope.cooperativeId,
      member_id: scope.memberId,
      ...req.validatedBody,
    },
  })

  res.json({ order: await loadVendorOrder(scope, orderId) })
}
