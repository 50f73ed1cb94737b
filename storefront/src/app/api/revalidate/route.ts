import { timingSafeEqual } from 'node:crypto'
import { revalidateTag } from 'next/cache'
import { z } from 'zod'
import { tenantCacheTag } from '@/clients/cms/cms-read'
import { env } from '@/config/env'
import { errorCodes } from '@/lib/errors'
import { logger } from '@/lib/logger'

/** What the CMS sends after a publish, unpublish or delete. */
const RevalidateBody = z.object({
  tenant: z.string().regex(/^[0-9a-zA-Z-]+$/, 'must be a CMS tenant id'),
  collection: z.string().regex(/^[a-z-]+$/, 'must be a CMS collection slug'),
  id: z.string().min(1),
  op: z.enum(['publish', 'unpublish', 'delete', 'update']),
})

const sameSecret = (given: string | null, expected: string) => {
  const a = Buffer.from(given ?? '')
  const b = Buffer.from(expected)

  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * `POST /api/revalidate` with header `x-revalidate-secret`: drops every cached CMS answer of
 * the tenant at once (pages embed related documents of other collections, so one change can
 * show on many pages), and the next visitor gets fresh content.
 */
export async function POST(request: Request) {
  if (!sameSecret(request.headers.get('x-revalidate-secret'), env().REVALIDATE_SECRET)) {
    return Response.json(
      { error: 'forbidden', message: 'x-revalidate-secret: missing or wrong' },
      { status: 403 },
    )
  }
  const json: unknown = await request.json().catch(() => undefined)
  const parsed = RevalidateBody.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]

    return Response.json(
      {
        error: 'bad_request',
        message:
          json === undefined ? 'body: must be JSON' : `${issue?.path.join('.')}: ${issue?.message}`,
      },
      { status: errorCodes.bad_request },
    )
  }
  const tag = tenantCacheTag(parsed.data.tenant)
  revalidateTag(tag, { expire: 0 })
  logger.info({ ...parsed.data, tag }, 'cms content revalidated')

  return Response.json({ revalidated: [tag] })
}
