import { MedusaError } from '@medusajs/framework/utils'
import type { z } from '@medusajs/framework/zod'

/**
 * Validates a route's query string; a bad value becomes Medusa's INVALID_DATA error (HTTP 400)
 * with a message naming the field.
 */
export function parseQuery<T extends z.ZodType>(schema: T, query: unknown): z.infer<T> {
  const parsed = schema.safeParse(query)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue?.path.join('.') || 'query'
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${field}: ${issue?.message}`)
  }

  return parsed.data
}
