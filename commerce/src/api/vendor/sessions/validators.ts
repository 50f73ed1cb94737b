import { z } from '@medusajs/framework/zod'

/** Longest calendar a member can ask for at once, in days. */
export const MAX_CALENDAR_DAYS = 366

/** Query of GET /vendor/sessions: Vietnam dates, both included; default the next 30 days. */
export const vendorSessionListQuery = z
  .strictObject({ from: z.iso.date().optional(), to: z.iso.date().optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'must not be before from',
    path: ['to'],
  })
  .refine(
    (q) => !q.from || !q.to || (Date.parse(q.to) - Date.parse(q.from)) / 864e5 < MAX_CALENDAR_DAYS,
    { message: `at most ${MAX_CALENDAR_DAYS} days after from`, path: ['to'] },
  )
export type VendorSessionListQuery = z.infer<typeof vendorSessionListQuery>

/**
 * Body of POST /vendor/sessions/:id: new times and/or a cancellation. A member cannot reopen
 * a cancelled session (its bookings are gone).
 */
export const vendorSessionChangeBody = z
  .strictObject({
    starts_at: z.iso.datetime({ offset: true }).optional(),
    ends_at: z.iso.datetime({ offset: true }).optional(),
    status: z.literal('cancelled').optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'give starts_at, ends_at or status' })
export type VendorSessionChangeBody = z.infer<typeof vendorSessionChangeBody>
