import type { z } from 'zod'
import { env } from '@/config/env'
import { StorefrontError } from '@/lib/errors'

/** Options for one JSON request to an upstream service. */
export interface FetchJsonOptions {
  method?: 'GET' | 'POST' | 'DELETE'
  headers?: Record<string, string>
  body?: unknown
  /** Which service is asked, for error messages: "cms", "commerce", "search". */
  service: string
  /**
   * Seconds a GET answer may be reused from Next's data cache (public catalogue reads only);
   * without it every request asks the service.
   */
  revalidate?: number
  /** Cache tags of a reused answer, so `revalidateTag` can drop it before its time. */
  tags?: string[]
}

/**
 * Requests JSON from an upstream service and validates it with `schema`. Network failures and
 * 5xx answers become `upstream_unavailable`, 404 becomes `not_found`, other 4xx `bad_request`
 * and a body that does not match the schema `upstream_invalid`, naming the first bad field.
 */
export async function fetchJson<S extends z.ZodType>(
  url: string,
  schema: S,
  options: FetchJsonOptions,
): Promise<z.infer<S>> {
  let response: Response
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      headers: {
        accept: 'application/json',
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      ...(options.revalidate
        ? {
            next: {
              revalidate: options.revalidate,
              ...(options.tags ? { tags: options.tags } : {}),
            },
          }
        : { cache: 'no-store' }),
      signal: AbortSignal.timeout(env().UPSTREAM_TIMEOUT_MS),
    })
  } catch (error) {
    throw new StorefrontError('upstream_unavailable', `${options.service} did not answer`, {
      cause: error,
    })
  }

  if (!response.ok) {
    const detail = await response.text().catch(() => '')
    const code =
      response.status === 404 ? 'not_found' : response.status < 500 ? 'bad_request' : null
    throw new StorefrontError(
      code ?? 'upstream_unavailable',
      `${options.service} answered ${response.status} for ${new URL(url).pathname}: ${detail.slice(0, 200)}`,
    )
  }

  const json: unknown = await response.json().catch(() => undefined)
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new StorefrontError(
      'upstream_invalid',
      `${options.service} sent an unexpected shape at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
    )
  }

  return parsed.data
}
