/** Every failure the storefront knows how to describe. */
export const errorCodes = {
  upstream_unavailable: 503,
  upstream_invalid: 502,
  not_configured: 503,
  not_found: 404,
  bad_request: 400,
} as const

/** One of the storefront's closed set of error codes. */
export type ErrorCode = keyof typeof errorCodes

/**
 * The storefront's one error type: a code from a closed set, an internal message for logs and
 * the HTTP status from the table above.
 */
export class StorefrontError extends Error {
  readonly code: ErrorCode
  readonly status: number

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StorefrontError'
    this.code = code
    this.status = errorCodes[code]
  }
}

/** Turns anything thrown into a StorefrontError, keeping the original as `cause`. */
export function toStorefrontError(error: unknown): StorefrontError {
  if (error instanceof StorefrontError) return error

  return new StorefrontError('upstream_unavailable', String(error), { cause: error })
}
