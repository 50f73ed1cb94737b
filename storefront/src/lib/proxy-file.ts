import { env } from '@/config/env'
import { errorCodes } from '@/lib/errors'
import { logger } from '@/lib/logger'

const passHeaders = [
  'content-type',
  'content-length',
  'etag',
  'last-modified',
  'cache-control',
  'accept-ranges',
  'content-range',
]

/**
 * Streams one file from an upstream service (only paths `allowed` accepts), so the browser only
 * ever talks to the storefront's origin.
 */
export async function proxyFile(
  request: Request,
  upstreamBase: string,
  segments: string[],
  allowed: RegExp,
): Promise<Response> {
  const path = segments.map(encodeURIComponent).join('/')
  if (!allowed.test(path) || segments.some((segment) => segment === '..' || segment === '.')) {
    return new Response('not found', { status: errorCodes.not_found })
  }
  const range = request.headers.get('range')
  let upstream: Response
  try {
    upstream = await fetch(new URL(`/${path}${new URL(request.url).search}`, upstreamBase), {
      headers: range ? { range } : {},
      signal: AbortSignal.timeout(env().UPSTREAM_TIMEOUT_MS * 4),
    })
  } catch (error) {
    logger.warn({ path, err: error }, 'upstream file unavailable')

    return new Response('temporarily unavailable', { status: errorCodes.upstream_unavailable })
  }
  const headers = new Headers()
  for (const name of passHeaders) {
    const value = upstream.headers.get(name)
    if (value) headers.set(name, value)
  }
  if (upstream.ok && !headers.has('cache-control')) {
    headers.set('cache-control', 'public, max-age=3600')
  }

  return new Response(upstream.body, { status: upstream.status, headers })
}
