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
