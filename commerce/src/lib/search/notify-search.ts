import type { Logger } from '@medusajs/framework/types'
import { readEnv } from '../env'

/** A change notice for the search indexer (the cross-service contract). */
export type SearchNotice = {
  kind: 'product' | 'experience' | 'cooperative'
  id: string
  tenant: string
  op: 'upsert' | 'delete'
}

/** How long one notification may take before it is given up (the save never waits longer). */
const NOTIFY_TIMEOUT_MS = 3000

/**
 * Sends notices to `{SEARCH_URL}/notify` with the indexer secret. A failure is logged with the
 * ids and swallowed: the indexer reconciles on its own schedule, and a save never fails here.
 * Returns how many notices were accepted (HTTP 202).
 */
export async function notifySearch(logger: Logger, notices: SearchNotice[]): Promise<number> {
  const env = readEnv()
  let accepted = 0
  for (const notice of notices) {
    try {
      const response = await fetch(new URL('/notify', env.SEARCH_URL), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-indexer-secret': env.INDEXER_SECRET },
        body: JSON.stringify({ source: 'commerce', ...notice }),
        signal: AbortSignal.timeout(NOTIFY_TIMEOUT_MS),
      })
      if (response.status === 202) {
        accepted += 1
      } else {
        logger.warn(
          `search notify ${notice.kind} ${notice.id} (${notice.tenant}) answered ${response.status}`,
        )
      }
    } catch (error) {
      logger.warn(
        `search notify ${notice.kind} ${notice.id} (${notice.tenant}) failed: ${(error as Error).message}`,
      )
    }
  }

  return accepted
}
