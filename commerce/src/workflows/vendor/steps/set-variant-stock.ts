import { ContainerRegistrationKeys, MedusaError, Modules } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'

export type SetVariantStockInput = { variant_id: string; location_id: string; quantity: number }

type Undo = { inventory_item_id: string; location_id: string; previous: number | null }

/** Sets a variant's stocked quantity at a location; compensation restores what was there. */
export const setVariantStockStep = createStep(
  'set-variant-stock',
  async (input: SetVariantStockInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve(Modules.INVENTORY)
    const { data } = await query.graph({
      entity: 'product_variant',
      fields: ['inventory_items.inventory_item_id'],
      filters: { id: input.variant_id },
    })
    const links = (data[0] as { inventory_items?: ({ inventory_item_id: string } | null)[] })
      ?.inventory_items
    const inventoryItemId = links?.find(Boolean)?.inventory_item_id
    if (!inventoryItemId) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, 'stock: this variant keeps no stock')
    }

    const [level] = await inventory.listInventoryLevels({
      inventory_item_id: inventoryItemId,
      location_id: input.location_id,
    })
    if (level) {
      await inventory.updateInventoryLevels([
        {
          inventory_item_id: inventoryItemId,
          location_id: input.location_id,
          stocked_quantity: input.quantity,
        },
      ])
    } else {
      await inventory.createInventoryLevels([
        {
          inventory_item_id: inventoryItemId,
          location_id: input.location_id,
          stocked_quantity: input.quantity,
        },
      ])
    }

    return new StepResponse<boolean, Undo>(true, {
      inventory_item_id: inventoryItemId,
      location_id: input.location_id,
      previous: level ? Number(level.stocked_quantity) : null,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const inventory = container.resolve(Modules.INVENTORY)
    if (undo.previous === null) {
      await inventory.deleteInventoryLevel(undo.inventory_item_id, undo.location_id)
    } else {
      await inventory.updateInventoryLevels([
        {
          inventory_item_id: undo.inventory_item_id,
          location_id: undo.location_id,
          stocked_quantity: undo.previous,
        },
      ])
    }
  },
)
