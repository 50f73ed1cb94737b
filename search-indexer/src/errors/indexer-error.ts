/** The closed set of error codes the indexer raises. */
export type IndexerErrorCode =
  | 'invalid_query'
  | 'invalid_body'
  | 'unauthorized'
  | 'not_found'
  | 'source_unavailable'
  | 'engine_unavailable'
  | 'reindex_running'
  | 'internal'

/** HTTP status of each error code; the only place codes map to HTTP. */
export const statusOfCode: Record<IndexerErrorCode, number> = {
  invalid_query: 400,
  invalid_body: 400,
  unauthorized: 401,
  not_found: 404,
  source_unavailable: 502,
  engine_unavailable: 503,
  reindex_running: 409,
  internal: 500,
}

/** The indexer's one error type: an internal message, a message safe for users and a code. */
export class IndexerError extends Error {
  readonly code: IndexerErrorCode
  readonly publicMessage: string

  constructor(
    code: IndexerErrorCode,
    message: string,
    options: { publicMessage?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause })
    this.name = 'IndexerError'
    this.code = code
    this.publicMessage = options.publicMessage ?? message
  }

  /** The HTTP status for this error's code. */
  get status(): number {
    return statusOfCode[this.code]
  }
}
