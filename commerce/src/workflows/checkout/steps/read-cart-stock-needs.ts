import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { toNumber } from '../../../lib/to-number'

/** What one cart line needs from one inventory item. */
export type StockNeed = {
  inventoryItemId: string
  quantity: number
  title: string
  allowBackorder: boolean
}

/** A cart's stock needs and the stock locations its sales channel sells from. */
export type CartStockNeeds = {
  cartId: string
  completed: boolean
  needs: StockNeed[]
  locationIds: string[]
}

type CartRecord = {
  id: string
  completed_at?: string | null
  sales_channel_id?: string | null
  items?: ({
    title: string
    quantity: unknown
    variant?: {
      manage_inventory?: boolean | null
      allow_backorder?: boolean | null
      inventory_items?: ({ inventory_item_id: string; required_quantity: number } | null)[] | null
    } | null
  } | null)[]
}

/** Reads a cart's lines, the inventory items they draw on and the channel's stock locations. */
export const readCartStockNeedsStep = createStep(
  'read-cart-stock-needs',
  async (input: { cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: 'cart',
      fields: [
        'id',
        'completed_at',
        'sales_channel_id',
        'items.title',
        'items.quantity',
        'items.variant.manage_inventory',
        'items.variant.allow_backorder',
        'items.variant.inventory_items.inventory_item_id',
        'items.variant.inventory_items.required_quantity',
      ],
      filters: { id: input.cart_id },
    })
    const cart = data[0] as unknown as CartRecord | undefined
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${input.cart_id} not found`)

    const needs: StockNeed[] = (cart.items ?? []).flatMap((item) => {
      if (!item?.variant?.manage_inventory) return []

      return (item.variant.inventory_items ?? []).flatMap((link) =>
        link
          ? [
              {
                inventoryItemId: link.inventory_item_id,
                quantity: toNumber(item.quantity) * toNumber(link.required_quantity ?? 1),
                title: item.title,
                allowBackorder: Boolean(item.variant?.allow_backorder),
              },
            ]
          : [],
      )
    })

    let locationIds: string[] = []
    if (cart.sales_channel_id) {
      const { data: channels } = await query.graph({
        entity: 'sales_channel',
        fields: ['stock_locations.id'],
        filters: { id: cart.sales_channel_id },
      })
      const channel = channels[0] as { stock_locations?: ({ id: string } | null)[] } | undefined
      locationIds = (channel?.stock_locations ?? []).flatMap((l) => (l ? [l.id] : []))
    }

    return new StepResponse<CartStockNeeds>({
      cartId: cart.id,
      completed: Boolean(cart.completed_at),
      needs,
      locationIds,
    })
  },
)
