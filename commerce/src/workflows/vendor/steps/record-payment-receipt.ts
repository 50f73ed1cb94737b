import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { VENDOR_PAYMENT_MODULE } from '../../../modules/vendor-payment'
import type VendorPaymentModuleService from '../../../modules/vendor-payment/service'

/**
 * Records that the cooperative received its share of the order's payment; a second mark by
 * the same cooperative changes nothing. Returns every cooperative that has marked the order.
 * Compensation removes the receipt this run wrote.
 */
export const recordPaymentReceiptStep = createStep(
  'record-payment-receipt',
  async (input: { order_id: string; cooperative_id: string; member_id: string }, { container }) => {
    const receipts = container.resolve<VendorPaymentModuleService>(VENDOR_PAYMENT_MODULE)
    const existing = await receipts.listPaymentReceipts({ order_id: input.order_id })
    const mine = existing.find((r) => r.cooperative_id === input.cooperative_id)
    const created = mine
      ? null
      : await receipts.createPaymentReceipts({ ...input, received_at: new Date() })
    const marked = [
      ...existing.map((r) => r.cooperative_id),
      ...(created ? [input.cooperative_id] : []),
    ]

    return new StepResponse({ marked_by: marked }, created?.id ?? null)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container
      .resolve<VendorPaymentModuleService>(VENDOR_PAYMENT_MODULE)
      .deletePaymentReceipts(createdId)
  },
)
