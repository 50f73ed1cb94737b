import { z } from '@medusajs/framework/zod'
import { OCOP_GROUPS, OCOP_ISSUING_LEVELS } from '../../../modules/ocop/certificate-rules'

/** Body of POST /admin/hoaban/products/:id/ocop. */
export const setCertificateBody = z.strictObject({
  stars: z.number().int().min(3).max(5),
  certificate_number: z.string().min(1).max(100),
  decision_number: z.string().max(100).nullish(),
  issuing_level: z.enum(OCOP_ISSUING_LEVELS),
  product_group: z.enum(OCOP_GROUPS),
  issued_at: z.iso.date(),
})
export type SetCertificateBody = z.infer<typeof setCertificateBody>

/** Body of POST /admin/hoaban/products/:id/cooperative. */
export const setCooperativeBody = z.strictObject({ cooperative_id: z.string().min(1) })
export type SetCooperativeBody = z.infer<typeof setCooperativeBody>
