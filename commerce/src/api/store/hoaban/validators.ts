import { z } from '@medusajs/framework/zod'

/** Query of `GET /store/hoaban/products`. */
export const storeProductListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  cooperative: z.string().min(1).optional(),
  group: z.enum(['food', 'beverage', 'herbal', 'textile', 'handicraft', 'tourism']).optional(),
  stars: z.coerce.number().int().min(3).max(5).optional(),
  kind: z.enum(['product', 'experience']).optional(),
})
export type StoreProductListQuery = z.infer<typeof storeProductListQuery>

/** Query of `GET /store/hoaban/cooperatives`. */
export const storeCooperativeListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type StoreCooperativeListQuery = z.infer<typeof storeCooperativeListQuery>

/**
 * Body of `POST /store/hoaban/bookings/:id/cancel`: proof that the caller bought the booking,
 * either its signed ticket `code` or the `cart_id` it was bought with, and optionally the
 * refund the customer was shown (a smaller refund by now is refused with 400).
 */
export const cancelOwnBookingBody = z
  .strictObject({
    code: z.string().trim().min(1).max(200).optional(),
    cart_id: z.string().trim().min(1).max(100).optional(),
    expected_refund_vnd: z.number().int().min(0).optional(),
  })
  .refine((b) => (b.code === undefined) !== (b.cart_id === undefined), {
    message: 'give either code or cart_id',
    path: ['code'],
  })
export type CancelOwnBookingBody = z.infer<typeof cancelOwnBookingBody>
