import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from '@medusajs/framework/workflows-sdk'
import {
  acquireLockStep,
  capturePaymentWorkflow,
  releaseLockStep,
} from '@medusajs/medusa/core-flows'
import { checkOrderCollectionStep } from './steps/check-order-collection'
import { recordPaymentReceiptStep } from './steps/record-payment-receipt'

/** A cooperative member saying the cooperative's share of an order's payment came in. */
export type MarkVendorPaymentReceivedInput = {
  order_id: string
  cooperative_id: string
  member_id: string
}

/**
 * Records a cooperative's receipt of a cash-on-delivery or VietQR payment and, once every
 * cooperative with lines in the order has marked it, captures the payment. Runs one at a time
 * per order, so the last two cooperatives marking together capture once; a failed capture
 * takes the receipt back.
 */
export const markVendorPaymentReceivedWorkflow = createWorkflow(
  'mark-vendor-payment-received',
  (input: MarkVendorPaymentReceivedInput) => {
    const lockKey = transform({ input }, ({ input }) => `vendor-payment:${input.order_id}`)
    acquireLockStep({ key: lockKey, timeout: 15, ttl: 60 })
    const collection = checkOrderCollectionStep(
      transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        cooperative_id: input.cooperative_id,
      })),
    )
    const { marked_by } = recordPaymentReceiptStep(input)

    const capture = transform({ collection, marked_by }, ({ collection, marked_by }) => ({
      due: !collection.captured && collection.cooperative_ids.every((id) => marked_by.includes(id)),
    }))
    when({ capture }, ({ capture }) => capture.due).then(() => {
      capturePaymentWorkflow.runAsStep({
        input: transform({ input, collection }, ({ input, collection }) => ({
          payment_id: collection.payment_id,
          captured_by: input.member_id,
        })),
      })
    })
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse({ captured: capture.due })
  },
)
