import { env } from '@/config/env'
import { errorCodes } from '@/lib/errors'
import { logger } from '@/lib/logger'

const allowed = /^api\/[a-z0-9-]+\/file\/|^(media|panoramas|tiles|models|audio)\//
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
 * Serves the CMS's uploaded files (images, panorama tiles, models, audio, captions) from the
 * storefront's own origin, so the browser never needs the CMS host. Only file paths pass.
 */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const path = (await params).path.map(encodeURIComponent).join('/')
  if (!allowed.test(path) || path.includes('..')) {
    return new Response('not found', { status: errorCodes.not_found })
  }
  const search = new URL(request.url).search
  const range = request.headers.get('range')
  let upstream: Response
  try {
    upstream = await fetch(new URL(`/${path}${search}`, env().CMS_URL), {
      headers: range ? { range } : {},
      signal: AbortSignal.timeout(env().UPSTREAM_TIMEOUT_MS * 4),
    })
  } catch (error) {
    logger.warn({ path, err: error }, 'cms file unavailable')

    return new Response('temporarily unavailable', { status: errorCodes.upstream_unavailable })
  }
  const headers = new Headers()
  for (const name of passHeaders) {
    const value = upstream.headers.get(name)
    if (value) headers.set(name, value)
  }
  if (upstream.ok && !headers.has('cache-control'))
    headers.set('cache-control', 'public, max-age=3600')

  return new Response(upstream.body, { status: upstream.status, headers })
}
