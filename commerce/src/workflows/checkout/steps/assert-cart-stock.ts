import { MedusaError, Modules } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import type { CartStockNeeds } from './read-cart-stock-needs'

/**
 * Checks, while the cart's stock locks are held, that every line can still be reserved. A
 * shortfall stops checkout with a message naming the product before any order exists.
 */
export const assertCartStockStep = createStep(
  'assert-cart-stock',
  async (input: CartStockNeeds, { container }) => {
    if (input.completed || input.needs.length === 0) return new StepResponse(true)
    const inventory = container.resolve(Modules.INVENTORY)

    const totals = new Map<string, { quantity: number; title: string }>()
    for (const need of input.needs) {
      if (need.allowBackorder) continue
      const current = totals.get(need.inventoryItemId)
      totals.set(need.inventoryItemId, {
        quantity: (current?.quantity ?? 0) + need.quantity,
        title: need.title,
      })
    }

    for (const [inventoryItemId, need] of totals) {
      const available = input.locationIds.length
        ? Number(await inventory.retrieveAvailableQuantity(inventoryItemId, input.locationIds))
        : 0
      if (available < need.quantity) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          available <= 0
            ? `Out of stock: ${need.title}`
            : `Not enough stock: only ${available} of ${need.title} left`,
        )
      }
    }

    return new StepResponse(true)
  },
)
