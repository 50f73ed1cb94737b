import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from '@medusajs/framework/workflows-sdk'
import {
  acquireLockStep,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  releaseLockStep,
} from '@medusajs/medusa/core-flows'
import { checkVendorFulfilmentStep } from './steps/check-vendor-fulfilment'

/** A cooperative member's request to send or set aside some of its lines of an order. */
export type FulfilVendorOrderItemsInput = {
  order_id: string
  cooperative_id: string
  member_id: string
  item_ids: string[]
  kind: 'shipped' | 'ready_for_pickup'
  tracking_number?: string
}

/**
 * Fulfils the cooperative's own lines through Medusa's order fulfilment (stock leaves the
 * location, reservations are released); `shipped` also records the shipment with its
 * tracking number, `ready_for_pickup` leaves the parcel packed for the buyer to collect.
 * One request per order at a time; a failure in the shipment undoes the fulfilment.
 */
export const fulfilVendorOrderItemsWorkflow = createWorkflow(
  'fulfil-vendor-order-items',
  (input: FulfilVendorOrderItemsInput) => {
    // Two phones of one cooperative tapping at once must not fulfil a line twice.
    const lockKey = transform({ input }, ({ input }) => `vendor-fulfilment:${input.order_id}`)
    acquireLockStep({ key: lockKey, timeout: 15, ttl: 60 })
    const items = checkVendorFulfilmentStep(
      transform({ input }, ({ input }) => ({
        order_id: input.order_id,
        cooperative_id: input.cooperative_id,
        item_ids: input.item_ids,
      })),
    )

    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ input, items }, ({ input, items }) => ({
        order_id: input.order_id,
        items,
        created_by: input.member_id,
        metadata: { cooperative_id: input.cooperative_id, kind: input.kind },
      })),
    })

    when({ input }, ({ input }) => input.kind === 'shipped').then(() => {
      createOrderShipmentWorkflow.runAsStep({
        input: transform({ input, items, fulfillment }, ({ input, items, fulfillment }) => ({
          order_id: input.order_id,
          fulfillment_id: fulfillment.id,
          items,
          created_by: input.member_id,
          labels: input.tracking_number
            ? [{ tracking_number: input.tracking_number, tracking_url: '', label_url: '' }]
            : [],
        })),
      })
    })

    releaseLockStep({ key: lockKey })

    return new WorkflowResponse({ fulfillment_id: fulfillment.id })
  },
)
