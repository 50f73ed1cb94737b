import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { loadVendorOrder } from '../../../../../lib/vendor/vendor-orders'
import { vendorScope } from '../../../../../lib/vendor/vendor-scope'
import { markVendorPaymentReceivedWorkflow } from '../../../../../workflows/vendor/mark-vendor-payment-received'

/**
 * Records that the cooperative received its share of a cash-on-delivery or VietQR payment;
 * the payment is captured once every cooperative with lines in the order has done so.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const scope = await vendorScope(req)
  const orderId = req.params.id ?? ''
  await markVendorPaymentReceivedWorkflow(req.scope).run({
    input: { order_id: orderId, cooperative_id: scope.cooperativeId, member_id: scope.memberId },
  })

  res.json({ order: await loadVendorOrder(scope, orderId) })
}
