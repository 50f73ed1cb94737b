import { headers } from 'next/headers'
import { z } from 'zod'
import { search } from '@/clients/search/search'
import { env } from '@/config/env'
import { errorCodes, toStorefrontError } from '@/lib/errors'
import { logger } from '@/lib/logger'
import { currentTenant } from '@/tenants/current-tenant'

const Query = z.object({
  q: z.string().trim().min(1, 'q is required').max(200),
  locale: z.enum(['vi', 'en']).default('vi'),
  limit: z.coerce.number().int().min(1).max(50).default(8),
})

/**
 * Results as you type for the header search box. The tenant comes from the Host header; the
 * browser never talks to the indexer directly.
 */
export async function GET(request: Request) {
  const parsed = Query.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]

    return Response.json(
      { error: 'bad_request', message: `${issue?.path.join('.')}: ${issue?.message}` },
      { status: errorCodes.bad_request },
    )
  }
  await headers()
  const resolved = await currentTenant(parsed.data.locale)
  const slug = resolved.status === 'unknown' ? env().DEFAULT_TENANT : resolved.tenant.slug
  try {
    const results = await search({ tenant: slug, ...parsed.data })

    return Response.json({ hits: results.hits, total: results.total })
  } catch (error) {
    const failure = toStorefrontError(error)
    logger.warn({ tenant: slug, code: failure.code, err: failure }, 'search failed')

    return Response.json({ error: failure.code, hits: [] }, { status: failure.status })
  }
}
