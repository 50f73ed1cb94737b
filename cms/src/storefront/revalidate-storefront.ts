import { z } from 'zod'

import { env } from '../config/env'
import { logger } from '../config/logger'

/** The body of `POST {STOREFRONT_URL}/api/revalidate`, as the storefront's route reads it. */
export const storefrontRevalidationSchema = z.object({
  /** The CMS id of the tenant whose pages changed. */
  tenant: z.string().min(1),
  collection: z.string().min(1),
  id: z.string().min(1),
  op: z.enum(['publish', 'unpublish', 'delete', 'update']),
})
export type StorefrontRevalidation = z.infer<typeof storefrontRevalidationSchema>

/** The header that carries the shared revalidation secret. */
export const revalidateSecretHeader = 'x-revalidate-secret'

/**
 * Asks the storefront to drop its cached CMS answers of one tenant, so a publish, unpublish or
 * delete shows at once instead of after the cache time. Never throws: a failure is logged and
 * the storefront's cache simply runs out on its own.
 */
export async function revalidateStorefront(
  body: StorefrontRevalidation,
  options: { url?: string; secret?: string; timeoutMs?: number } = {},
): Promise<boolean> {
  const parsed = storefrontRevalidationSchema.parse(body)
  const log = { ...parsed }
  try {
    const response = await fetch(new URL('/api/revalidate', options.url ?? env.STOREFRONT_URL), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [revalidateSecretHeader]: options.secret ?? env.REVALIDATE_SECRET,
      },
      body: JSON.stringify(parsed),
      signal: AbortSignal.timeout(options.timeoutMs ?? 3000),
    })
    if (!response.ok) {
      logger.warn({ ...log, status: response.status }, 'storefront revalidation refused')

      return false
    }
    logger.debug(log, 'storefront revalidated')

    return true
  } catch (err) {
    logger.warn({ ...log, err: (err as Error).message }, 'storefront revalidation failed')

    return false
  }
}
