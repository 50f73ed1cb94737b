import { acquireLockStep, completeCartWorkflow, releaseLockStep } from '@medusajs/medusa/core-flows'
import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk'
import { assertCartStockStep } from './steps/assert-cart-stock'
import { createSessionBookingsStep } from './steps/create-session-bookings'
import { reserveSessionSeatsStep } from './steps/reserve-session-seats'
import { readCartStockNeedsStep } from './steps/read-cart-stock-needs'

/** Seconds a checkout waits for the cart's stock to be free before giving up. */
const LOCK_WAIT_SECONDS = 60
/** Seconds after which a lock held by a crashed checkout is freed. */
const LOCK_TTL_SECONDS = 120

export type CompleteCheckoutInput = { cart_id: string; owner_id: string }

/**
 * Completes a cart with its stock held: locks the cart and every inventory item it draws on
 * (sorted, one owner, so two checkouts never deadlock and the Stripe webhook path, which locks
 * the cart id, waits too), checks stock, takes experience session seats, runs Medusa's cart
 * completion and records the bookings. Buyers of the last units queue instead of racing, so a
 * shortfall is caught before an order exists; a later failure gives the seats back.
 */
export const completeCheckoutWorkflow = createWorkflow(
  'hoaban-complete-checkout',
  (input: CompleteCheckoutInput) => {
    const needs = readCartStockNeedsStep({ cart_id: input.cart_id })
    const keys = transform({ needs }, ({ needs }) =>
      [
        needs.cartId,
        ...[...new Set(needs.needs.map((n) => n.inventoryItemId))].map((id) => `stock:${id}`),
      ].sort(),
    )

    acquireLockStep({
      key: keys,
      ownerId: input.owner_id,
      timeout: LOCK_WAIT_SECONDS,
      ttl: LOCK_TTL_SECONDS,
    })
    const fresh = readCartStockNeedsStep({ cart_id: input.cart_id }).config({
      name: 'read-cart-stock-needs-locked',
    })
    assertCartStockStep(fresh)
    reserveSessionSeatsStep(
      transform({ fresh }, ({ fresh }) => ({ cart_id: fresh.cartId, completed: fresh.completed })),
    )
    const order = completeCartWorkflow.runAsStep({ input: { id: input.cart_id } })
    createSessionBookingsStep(
      transform({ input, order }, ({ input, order }) => ({
        cart_id: input.cart_id,
        order_id: order.id,
      })),
    )
    releaseLockStep({ key: keys, ownerId: input.owner_id })

    return new WorkflowResponse(order)
  },
)
