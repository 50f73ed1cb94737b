import { z } from '@medusajs/framework/zod'

/** Query of GET /vendor/orders. */
export const vendorOrderListQuery = z.strictObject({
  status: z.enum(['to_ship', 'all']).default('all'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})
export type VendorOrderListQuery = z.infer<typeof vendorOrderListQuery>

/** Body of POST /vendor/orders/:id/fulfilments. */
export const fulfilOrderItemsBody = z.strictObject({
  item_ids: z
    .array(z.string().min(1).max(100))
    .min(1)
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'must not repeat an item' }),
  kind: z.enum(['shipped', 'ready_for_pickup']),
  tracking_number: z.string().trim().min(1).max(100).optional(),
})
export type FulfilOrderItemsBody = z.infer<typeof fulfilOrderItemsBody>

/** Body of POST /vendor/orders/:id/payment-received: nothing to say but the order. */
export const paymentReceivedBody = z.strictObject({}).optional()
export type PaymentReceivedBody = z.infer<typeof paymentReceivedBody>
