import type { Cart } from '@/domain/cart'
import type { Tenant } from '@/domain/types'
import { storeRequest } from '../commerce-request'
import { mapCart } from './map-cart'
import { MedusaCartAnswer } from './schemas'

/** Adds a variant to the cart; a booking carries its session id in the line's metadata. */
export async function addLineItem(
  tenant: Tenant,
  cartId: string,
  input: { variantId: string; quantity: number; sessionId?: string },
): Promise<Cart> {
  const answer = await storeRequest(
    tenant,
    `/store/carts/${encodeURIComponent(cartId)}/line-items`,
    MedusaCartAnswer,
    {
      method: 'POST',
      body: {
        variant_id: input.variantId,
        quantity: input.quantity,
        ...(input.sessionId ? { metadata: { session_id: input.sessionId } } : {}),
      },
    },
  )

  return mapCart(answer.cart)
}

/** Changes the quantity of a cart line. */
export async function updateLineItem(
  tenant: Tenant,
  cartId: string,
  lineId: string,
  quantity: number,
): Promise<Cart> {
  const answer = await storeRequest(
    tenant,
    `/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`,
    MedusaCartAnswer,
    { method: 'POST', body: { quantity } },
  )

  return mapCart(answer.cart)
}

/** Removes a line from the cart. */
export async function removeLineItem(
  tenant: Tenant,
  cartId: string,
  lineId: string,
): Promise<void> {
  await storeRequest(
    tenant,
    `/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`,
    MedusaCartAnswer.partial(),
    { method: 'DELETE' },
  )
}
