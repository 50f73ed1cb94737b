import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { isCollectedByCooperative, paymentProviderName } from '../../../lib/vendor/vendor-orders'

/** What is known about an order's payment before a cooperative marks its share received. */
export type OrderCollection = {
  payment_id: string
  captured: boolean
  /** Every cooperative with lines in the order: all of them must mark it before capture. */
  cooperative_ids: string[]
}

/**
 * Finds the order's payment and the cooperatives with lines in it. An order without the
 * cooperative's lines is a 404; a card payment (or none at all) is a 400, since there is
 * nothing for a cooperative to collect.
 */
export const checkOrderCollectionStep = createStep(
  'check-order-collection',
  async (input: { order_id: string; cooperative_id: string }, { container }) => {
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const cooperatives = (await pg('order as o')
      .join('order_item as oi', function () {
        this.on('oi.order_id', 'o.id').andOn('oi.version', 'o.version')
      })
      .join('order_line_item as li', 'li.id', 'oi.item_id')
      .join('cooperative_cooperative_product_product as cp', 'cp.product_id', 'li.product_id')
      .distinct('cp.cooperative_id', 'o.status')
      .where('o.id', input.order_id)
      .whereNull('o.deleted_at')
      .whereNull('oi.deleted_at')
      .whereNull('cp.deleted_at')) as { cooperative_id: string; status: string }[]
    if (!cooperatives.some((c) => c.cooperative_id === input.cooperative_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} not found`)
    }
    if (cooperatives[0]?.status === 'canceled') {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, 'order: cancelled, nothing to collect')
    }

    const payment = (await pg('order_payment_collection as opc')
      .join('payment as p', 'p.payment_collection_id', 'opc.payment_collection_id')
      .first('p.id', 'p.provider_id', 'p.captured_at')
      .where('opc.order_id', input.order_id)
      .whereNull('opc.deleted_at')
      .whereNull('p.deleted_at')
      .whereNull('p.canceled_at')
      .orderBy('p.created_at', 'desc')) as
      { id: string; provider_id: string; captured_at: Date | null } | undefined
    if (!payment) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, 'payment: the order has no payment')
    }
    if (!isCollectedByCooperative(payment.provider_id)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `payment: paid by ${paymentProviderName(payment.provider_id)}, nothing to collect`,
      )
    }

    return new StepResponse<OrderCollection>({
      payment_id: payment.id,
      captured: Boolean(payment.captured_at),
      cooperative_ids: [...new Set(cooperatives.map((c) => c.cooperative_id))],
    })
  },
)
