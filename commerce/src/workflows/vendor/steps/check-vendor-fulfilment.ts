import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'

/** Which lines of which order a cooperative wants to fulfil. */
export type VendorFulfilmentRequest = {
  order_id: string
  cooperative_id: string
  item_ids: string[]
}

type OwnLine = { id: string; quantity: string; fulfilled_quantity: string }

/**
 * Reads the requested lines and checks each is one of the cooperative's own, unfulfilled,
 * in an open order. Another cooperative's line is answered like a missing one (404); a line
 * already fulfilled is a 400 naming it. Returns each line with its quantity still to fulfil.
 */
export const checkVendorFulfilmentStep = createStep(
  'check-vendor-fulfilment',
  async (input: VendorFulfilmentRequest, { container }) => {
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const order = (await pg('order')
      .first('id', 'status')
      .where('id', input.order_id)
      .whereNull('deleted_at')) as { id: string; status: string } | undefined
    const lines = (await pg('order as o')
      .join('order_item as oi', function () {
        this.on('oi.order_id', 'o.id').andOn('oi.version', 'o.version')
      })
      .join('order_line_item as li', 'li.id', 'oi.item_id')
      .join('cooperative_cooperative_product_product as cp', 'cp.product_id', 'li.product_id')
      .select('li.id', 'oi.quantity', 'oi.fulfilled_quantity')
      .where('o.id', input.order_id)
      .where('cp.cooperative_id', input.cooperative_id)
      .whereIn('li.id', input.item_ids)
      .whereNull('cp.deleted_at')
      .whereNull('oi.deleted_at')
      .whereNull('li.deleted_at')) as OwnLine[]
    if (!order || lines.length === 0) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} not found`)
    }
    const byId = new Map(lines.map((l) => [l.id, l]))
    const missing = input.item_ids.find((id) => !byId.has(id))
    if (missing) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `item_ids: item ${missing} not found`)
    }
    if (order.status === 'canceled') {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, 'order: cancelled, nothing to send')
    }
    const done = lines.find((l) => Number(l.fulfilled_quantity) >= Number(l.quantity))
    if (done) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `item_ids: item ${done.id} is already fulfilled`,
      )
    }

    return new StepResponse(
      input.item_ids.map((id) => {
        const line = byId.get(id) as OwnLine

        return { id, quantity: Number(line.quantity) - Number(line.fulfilled_quantity) }
      }),
    )
  },
)
