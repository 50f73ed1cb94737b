import { z } from '@medusajs/framework/zod'

const priceVnd = z.number().int().min(1000).max(1_000_000_000)

/** Body of POST /vendor/products. */
export const createVendorProductBody = z.strictObject({
  title: z.string().min(1).max(200),
  subtitle: z.string().max(200).optional(),
  description: z.string().max(5000).optional(),
  handle: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(100)
    .optional(),
  price_vnd: priceVnd,
  stock: z.number().int().min(0).max(1_000_000),
})
export type CreateVendorProductBody = z.infer<typeof createVendorProductBody>

/** Body of POST /vendor/products/:id. */
export const updateVendorProductBody = z.strictObject({
  title: z.string().min(1).max(200).optional(),
  subtitle: z.string().max(200).optional(),
  description: z.string().max(5000).optional(),
  status: z.enum(['draft', 'published']).optional(),
})
export type UpdateVendorProductBody = z.infer<typeof updateVendorProductBody>

/** Body of POST /vendor/products/:id/variants/:variant_id. */
export const updateVendorVariantBody = z
  .strictObject({ price_vnd: priceVnd.optional(), stock: z.number().int().min(0).optional() })
  .refine((b) => b.price_vnd !== undefined || b.stock !== undefined, {
    message: 'give price_vnd or stock',
    path: ['price_vnd'],
  })
export type UpdateVendorVariantBody = z.infer<typeof updateVendorVariantBody>

/** Query of GET /vendor/orders. */
export const vendorOrderListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

/** Body of POST /vendor/check-ins. */
export const checkInBody = z.strictObject({ code: z.string().min(1).max(200) })
export type CheckInBody = z.infer<typeof checkInBody>
