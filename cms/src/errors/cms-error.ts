import { APIError } from 'payload'

/** The closed set of error codes the CMS raises itself, with their HTTP status. */
export const cmsErrorStatus = {
  bad_request: 400,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media: 415,
  unprocessable: 422,
  unavailable: 503,
} as const
export type CmsErrorCode = keyof typeof cmsErrorStatus

/**
 * The CMS's one error type: a code from a closed set, mapped to HTTP in one table. Its message
 * names the bad field and is safe to show (Payload returns it as `errors[0].message`).
 */
export class CmsError extends APIError {
  readonly code: CmsErrorCode

  constructor(code: CmsErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, cmsErrorStatus[code], { code }, true)
    this.code = code
    if (options.cause !== undefined) {
      this.cause = options.cause
    }
  }
}
