import { z } from '@medusajs/framework/zod'
import { setCertificateBody } from '../admin/hoaban/validators'

const priceVnd = z.number().int().min(1000).max(1_000_000_000)

/** The OCOP certificate fields a cooperative proposes; expiry follows from the issue date. */
export const vendorCertificateBody = setCertificateBody
export type VendorCertificateBody = z.infer<typeof vendorCertificateBody>

const title = z.string().trim().min(1).max(200)
const description = z.string().max(5000)

/** Body of POST /vendor/products: Vietnamese texts, English ones beside them. */
export const createVendorProductBody = z.strictObject({
  title,
  title_en: title.optional(),
  subtitle: z.string().max(200).optional(),
  description: description.optional(),
  description_en: description.optional(),
  handle: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(100)
    .optional(),
  price_vnd: priceVnd,
  stock: z.number().int().min(0).max(1_000_000),
  certificate: vendorCertificateBody.optional(),
})
export type CreateVendorProductBody = z.infer<typeof createVendorProductBody>

/**
 * Body of POST /vendor/products/:id: texts only. There is no `status`: a product goes live
 * through an approval, never by its cooperative. `null` clears an English text.
 */
export const updateVendorProductBody = z
  .strictObject({
    title: title.optional(),
    title_en: title.nullable().optional(),
    subtitle: z.string().max(200).nullable().optional(),
    description: description.nullable().optional(),
    description_en: description.nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, {
    message: 'give title, title_en, subtitle, description or description_en',
    path: ['title'],
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

/** Body of POST /vendor/check-ins. */
export const checkInBody = z.strictObject({ code: z.string().min(1).max(200) })
export type CheckInBody = z.infer<typeof checkInBody>
