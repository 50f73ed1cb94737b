import { randomUUID } from 'node:crypto'
import type { MedusaResponse, MedusaStoreRequest } from '@medusajs/framework/http'
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils'
import { completeCheckoutWorkflow } from '../../../../../workflows/checkout/complete-checkout'

const RETURN_CART_ERRORS: string[] = [
  MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
  MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR,
]

/**
 * Replaces Medusa's cart completion route: the same answers (`{ type: 'order', order }`, or
 * `{ type: 'cart', cart, error }` for payment problems, an error status otherwise), but the
 * checkout runs with the cart's stock locked, so the last units are sold exactly once.
 */
export async function POST(req: MedusaStoreRequest, res: MedusaResponse): Promise<void> {
  const cartId = req.params.id ?? ''
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const { result, errors } = await completeCheckoutWorkflow(req.scope).run({
    input: { cart_id: cartId, owner_id: `checkout:${cartId}:${randomUUID()}` },
    throwOnError: false,
  })

  const failure = errors?.[0]?.error as (Error & { type?: string }) | undefined
  if (failure) {
    if (!failure.type || !RETURN_CART_ERRORS.includes(failure.type)) throw failure
    const { data: carts } = await query.graph({
      entity: 'cart',
      fields: ['*', 'items.*', 'payment_collection.*'],
      filters: { id: cartId },
    })
    res.status(200).json({
      type: 'cart',
      cart: carts[0],
      error: { message: failure.message, name: failure.name, type: failure.type },
    })
    return
  }

  const { data: orders } = await query.graph({
    entity: 'order',
    fields: ['*', 'items.*', 'summary.*', 'shipping_address.*'],
    filters: { id: result.id },
  })
  res.status(200).json({ type: 'order', order: orders[0] })
}
