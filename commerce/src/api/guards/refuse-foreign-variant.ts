import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils'

/**
 * Keeps each tenant's shop to its own catalogue: a line item may only be added to a cart when
 * the variant's product is published in the cart's sales channel. Medusa itself checks the
 * publishable key on listing, not on adding a variant by id.
 */
export async function refuseForeignVariant(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction,
): Promise<void> {
  const variantId = (req.body as { variant_id?: unknown } | undefined)?.variant_id
  const cartId = req.params.id
  if (typeof variantId !== 'string' || !cartId) {
    next()

    return
  }
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({
      entity: 'cart',
      fields: ['id', 'sales_channel_id'],
      filters: { id: cartId },
    })
    const { data: variants } = await query.graph({
      entity: 'product_variant',
      fields: ['id', 'product.sales_channels.id'],
      filters: { id: variantId },
    })
    const cart = carts[0] as { sales_channel_id?: string | null } | undefined
    const variant = variants[0] as
      { product?: { sales_channels?: Array<{ id: string } | null> | null } | null } | undefined
    // An unknown cart or variant is left to Medusa's own 404.
    if (cart?.sales_channel_id && variant) {
      const channels = (variant.product?.sales_channels ?? []).map((channel) => channel?.id)
      if (!channels.includes(cart.sales_channel_id)) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `variant_id ${variantId} is not sold on this site`,
        )
      }
    }
    next()
  } catch (error) {
    next(error)
  }
}
