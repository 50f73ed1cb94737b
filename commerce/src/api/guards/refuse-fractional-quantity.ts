import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { MedusaError } from '@medusajs/framework/utils'

/** The most of one item a single cart line may hold. */
export const maxLineQuantity = 1000

/**
 * Refuses a cart line quantity that is not a whole number from 1 to {@link maxLineQuantity}.
 * Medusa accepts 1.5 and rounds it, so a buyer would be charged for an amount they never chose.
 */
export function refuseFractionalQuantity(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction,
): void {
  const quantity = (req.body as { quantity?: unknown } | undefined)?.quantity
  if (quantity === undefined) {
    next()

    return
  }
  if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1) {
    next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `quantity must be a whole number of at least 1 (got ${JSON.stringify(quantity)})`,
      ),
    )

    return
  }
  if (quantity > maxLineQuantity) {
    next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `quantity must be at most ${maxLineQuantity} (got ${quantity})`,
      ),
    )

    return
  }
  next()
}
