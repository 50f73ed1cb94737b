import { IndexerError } from '../errors/indexer-error.js'

export type JsonResponse = { status: number; body: unknown }

/**
 * GETs JSON from a source. A network failure, a timeout or a 5xx becomes a
 * `source_unavailable` error (the caller retries later); 4xx answers are returned as they are.
 */
export async function fetchJson(
  url: string,
  options: { headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<JsonResponse> {
  let response: Response
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', ...options.headers },
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    })
  } catch (error) {
    throw new IndexerError('source_unavailable', `GET ${new URL(url).origin} failed`, {
      cause: error,
    })
  }
  if (response.status >= 500) {
    await response.body?.cancel()
    throw new IndexerError('source_unavailable', `GET ${url} answered ${response.status}`)
  }
  const text = await response.text()
  let body: unknown = null
  if (text !== '') {
    try {
      body = JSON.parse(text)
    } catch (error) {
      throw new IndexerError('source_unavailable', `GET ${url} did not answer JSON`, {
        cause: error,
      })
    }
  }

  return { status: response.status, body }
}
