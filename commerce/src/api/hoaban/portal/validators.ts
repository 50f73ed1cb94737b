import { z } from '@medusajs/framework/zod'

/** Body of POST /hoaban/portal/invites/accept: the invite token and the chosen password. */
export const acceptInviteBody = z.strictObject({
  token: z.string().min(1).max(200),
  password: z.string().min(10, 'must be at least 10 characters').max(200),
})
export type AcceptInviteBody = z.infer<typeof acceptInviteBody>
