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

const sessionBase = {
  capacity: z.number().int().min(1).max(1000),
  language: z.string().min(2).max(10).optional(),
  meeting_point: z.string().max(300).optional(),
}

/** Body of POST /admin/hoaban/products/:id/sessions: one session or a weekly rule. */
export const createSessionsBody = z.union([
  z.strictObject({ ...sessionBase, starts_at: z.iso.datetime(), ends_at: z.iso.datetime() }),
  z.strictObject({
    ...sessionBase,
    rule: z.strictObject({
      weekdays: z.array(z.number().int().min(0).max(6)).min(1),
      time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
      durationMinutes: z
        .number()
        .int()
        .min(15)
        .max(7 * 24 * 60),
      from: z.iso.date(),
      to: z.iso.date(),
    }),
  }),
])
export type CreateSessionsBody = z.infer<typeof createSessionsBody>

/** Body of POST /admin/hoaban/sessions/:id. */
export const updateSessionBody = z
  .strictObject({
    starts_at: z.iso.datetime().optional(),
    ends_at: z.iso.datetime().optional(),
    status: z.enum(['scheduled', 'cancelled']).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'give starts_at, ends_at or status' })
export type UpdateSessionBody = z.infer<typeof updateSessionBody>

/** Query of GET /admin/hoaban/approvals; without `status` every approval is listed. */
export const approvalListQuery = z.object({
  status: z.enum(['pending', 'approved', 'rejected']).optional(),
})

/** Body of POST /admin/hoaban/approvals/:id/reject: the reason the cooperative will read. */
export const rejectApprovalBody = z.strictObject({ reason: z.string().trim().min(1).max(1000) })
export type RejectApprovalBody = z.infer<typeof rejectApprovalBody>

/** Body of POST /admin/hoaban/cooperatives/:id/invites. */
export const createInviteBody = z.strictObject({
  email: z.email().max(254),
  name: z.string().trim().min(1).max(200).optional(),
})
export type CreateInviteBody = z.infer<typeof createInviteBody>
