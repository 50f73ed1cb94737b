import type { Pool } from '../db/pool.js'
import type { Notification } from './notification.js'

/** Writes a notification to the durable queue; returns its sequence number once committed. */
export async function storeNotification(pool: Pool, notification: Notification): Promise<number> {
  const result = await pool.query<{ seq: string }>(
    `INSERT INTO search_notifications (source, kind, source_id, tenant, op)
     VALUES ($1, $2, $3, $4, $5) RETURNING seq`,
    [notification.source, notification.kind, notification.id, notification.tenant, notification.op],
  )

  return Number(result.rows[0]?.seq)
}
