import { z } from 'zod'

import { env } from '../config/env'
import { logger } from '../config/logger'

/** The body of `POST {SEARCH_URL}/notify`, as the search indexer's contract defines it. */
export const searchNotificationSchema = z.object({
  source: z.literal('cms'),
  kind: z.enum(['heritage', 'festival', 'place', 'story']),
  id: z.string().min(1),
  tenant: z.string().min(1),
  op: z.enum(['upsert', 'delete']),
})
export type SearchNotification = z.infer<typeof searchNotificationSchema>

/**
 * Tells the search indexer that a document changed. Never throws: a failed notification is
 * logged and the indexer's reconciliation picks the change up later.
 */
export async function notifySearchIndexer(
  notification: SearchNotification,
  options: { url?: string; secret?: string; timeoutMs?: number } = {},
): Promise<boolean> {
  const body = searchNotificationSchema.parse(notification)
  const url = new URL('/notify', options.url ?? env.SEARCH_URL)
  const log = { kind: body.kind, id: body.id, tenant: body.tenant, op: body.op }
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-indexer-secret': options.secret ?? env.INDEXER_SECRET,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 3000),
    })
    if (!response.ok) {
      logger.warn({ ...log, status: response.status }, 'search notification refused')

      return false
    }
    logger.debug(log, 'search notified')

    return true
  } catch (err) {
    logger.warn({ ...log, err: (err as Error).message }, 'search notification failed')

    return false
  }
}
