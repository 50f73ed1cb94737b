import type { z } from 'zod'
import { env } from '@/config/env'
import { StorefrontError } from '@/lib/errors'
import { ErrorBody } from './schemas'

/**
 * A refusal or failure of commerce's vendor API. `upstreamStatus` is commerce's HTTP status
 * (0 when it did not answer); `field` the field its message names ("price_vnd: must be at
 * least 1000" → "price_vnd"); `detail` the rest of that message; `retryAfterSeconds` the wait
 * a 429 asks for.
 */
export class VendorApiError extends StorefrontError {
  readonly upstreamStatus: number
  readonly field: string | null
  readonly detail: string
  readonly retryAfterSeconds: number | null

  constructor(
    upstreamStatus: number,
    message: string,
    details: { field?: string | null; detail?: string; retryAfterSeconds?: number | null } = {},
    options?: { cause?: unknown },
  ) {
    const code =
      upstreamStatus === 0 || upstreamStatus >= 500
        ? 'upstream_unavailable'
        : upstreamStatus === 404
          ? 'not_found'
          : 'bad_request'
    super(code, message, options)
    this.name = 'VendorApiError'
    this.upstreamStatus = upstreamStatus
    this.field = details.field ?? null
    this.detail = details.detail ?? ''
    this.retryAfterSeconds = details.retryAfterSeconds ?? null
  }
}

/** True when commerce refused the member's token (expired, signed out or never valid). */
export function isUnauthorized(error: unknown): boolean {
  return error instanceof VendorApiError && error.upstreamStatus === 401
}

/** True when commerce answered 404: missing, or another cooperative's. */
export function isNotFound(error: unknown): boolean {
  return error instanceof VendorApiError && error.upstreamStatus === 404
}

/** Splits Medusa's "field: reason" message; a message without a field name keeps it all. */
export function splitFieldMessage(message: string): { field: string | null; detail: string } {
  const match = /^([a-z_][a-z0-9_.]*): (.+)$/is.exec(message.trim())
  if (!match?.[1] || !match[2]) return { field: null, detail: message.trim() }

  return { field: match[1], detail: match[2] }
}

function retryAfter(header: string | null): number | null {
  if (!header) return null
  const seconds = Number(header)
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds))
  const at = Date.parse(header)

  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000))
}

/** Options for one vendor API request. */
export interface VendorRequestOptions {
  /** The member's bearer token (or a reset token); omitted for anonymous routes. */
  token?: string
  method?: 'GET' | 'POST' | 'DELETE'
  query?: Record<string, string | number | undefined>
  /** A JSON body. */
  body?: unknown
  /** A multipart body (photo uploads); sent as is. */
  form?: FormData
  /** Extra request headers (the member's own address on sign-in). */
  headers?: Record<string, string>
}

/**
 * One request to commerce's vendor-side API, validated with `schema`. Any non-2xx answer
 * becomes a VendorApiError carrying commerce's status and the field its message names; a body
 * of the wrong shape is `upstream_invalid`, naming the first bad field.
 */
export async function vendorRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  options: VendorRequestOptions = {},
): Promise<z.infer<S>> {
  const url = new URL(path, env().COMMERCE_URL)
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value))
  }
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers }
  if (options.token) headers.authorization = `Bearer ${options.token}`
  if (options.body !== undefined) headers['content-type'] = 'application/json'

  let response: Response
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      cache: 'no-store',
      // Uploads carry photos of several megabytes; give them longer than a read.
      signal: AbortSignal.timeout(env().UPSTREAM_TIMEOUT_MS * (options.form ? 5 : 1)),
    })
  } catch (error) {
    throw new VendorApiError(0, `commerce did not answer ${url.pathname}`, {}, { cause: error })
  }

  if (!response.ok) {
    const raw: unknown = await response.json().catch(() => undefined)
    const body = ErrorBody.safeParse(raw)
    const message = body.success ? body.data.message : ''
    const { field, detail } = splitFieldMessage(message)
    throw new VendorApiError(
      response.status,
      `commerce answered ${response.status} for ${url.pathname}: ${message.slice(0, 200)}`,
      { field, detail, retryAfterSeconds: retryAfter(response.headers.get('retry-after')) },
    )
  }

  const json: unknown = response.status === 204 ? {} : await response.json().catch(() => undefined)
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new StorefrontError(
      'upstream_invalid',
      `commerce sent an unexpected shape for ${url.pathname} at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`,
    )
  }

  return parsed.data
}
