import { model } from '@medusajs/framework/utils'

/**
 * One cooperative's word that it received its share of an order's cash-on-delivery or VietQR
 * payment. At most one per order and cooperative; the order's payment is captured once every
 * cooperative with lines in the order has one.
 */
export const PaymentReceipt = model
  .define('cooperative_payment_receipt', {
    id: model.id({ prefix: 'coprcpt' }).primaryKey(),
    order_id: model.text(),
    cooperative_id: model.text(),
    member_id: model.text(),
    received_at: model.dateTime(),
  })
  .indexes([
    { on: ['order_id', 'cooperative_id'], unique: true, where: 'deleted_at IS NULL' },
    { on: ['cooperative_id'] },
  ])
