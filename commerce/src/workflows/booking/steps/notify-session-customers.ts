import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { vietnamLocal } from '../../../modules/booking/local-time'

/**
 * Tells every customer with a confirmed booking in the session what changed (template
 * `session-changed` or `session-cancelled`). Returns how many were told.
 */
export const notifySessionCustomersStep = createStep(
  'notify-session-customers',
  async (input: { id: string; starts_at: string; status: string }, { container }) => {
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const notifications = container.resolve(Modules.NOTIFICATION)
    const rows = (await pg('session_booking as b')
      .join('order as o', 'o.id', 'b.order_id')
      .select('b.id', 'o.email', 'o.id as order_id')
      .where('b.session_id', input.id)
      .where('b.status', 'confirmed')
      .whereNull('b.deleted_at')
      .whereNotNull('o.email')) as { id: string; email: string; order_id: string }[]
    if (rows.length === 0) return new StepResponse(0)

    const local = vietnamLocal(new Date(input.starts_at))
    await notifications.createNotifications(
      rows.map((r) => ({
        to: r.email,
        channel: 'email',
        template: input.status === 'cancelled' ? 'session-cancelled' : 'session-changed',
        data: {
          booking_id: r.id,
          order_id: r.order_id,
          session_id: input.id,
          starts_at: input.starts_at,
          local_date: local.date,
          local_time: local.time,
        },
      })),
    )

    return new StepResponse(rows.length)
  },
)
