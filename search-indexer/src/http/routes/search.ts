import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import {
  documentTypeSchema,
  localeSchema,
  tenantSlugSchema,
} from '../../documents/search-document.js'
import type { SearchEngine, SearchQuery } from '../../engines/engine.js'
import { IndexerError } from '../../errors/indexer-error.js'

const split = (value: unknown) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '')
    : (value ?? [])

const list = <T extends z.ZodType>(item: T) => z.preprocess(split, z.array(item))

/** Query string of `GET /search`. */
export const searchParamsSchema = z.object({
  tenant: tenantSlugSchema,
  locale: localeSchema.default('vi'),
  q: z.string().max(200).default(''),
  type: list(documentTypeSchema),
  stars: list(z.coerce.number().int().min(1).max(5)),
  group: list(z.string().min(1).max(100)),
  commune: list(z.string().min(1).max(100)),
  near: z
    .string()
    .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/, 'expected lat,lng')
    .transform((value) => {
      const [lat, lng] = value.split(',').map(Number)

      return { lat: lat ?? 0, lng: lng ?? 0 }
    })
    .refine((point) => Math.abs(point.lat) <= 90 && Math.abs(point.lng) <= 180, 'out of range')
    .optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  hitsPerPage: z.coerce.number().int().min(1).max(100).default(20),
})

/** Validates a query string into a search query; the error names the first bad parameter. */
export function parseSearchParams(raw: unknown): SearchQuery {
  const parsed = searchParamsSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const name = String(issue?.path[0] ?? 'query')
    const message =
      issue?.code === 'invalid_type' && issue.input === undefined ? 'required' : issue?.message
    throw new IndexerError('invalid_query', `${name}: ${message}`)
  }
  const value = parsed.data

  return {
    tenant: value.tenant,
    locale: value.locale,
    q: value.q.trim(),
    types: value.type,
    stars: value.stars,
    productGroups: value.group,
    communes: value.commune,
    near: value.near ?? null,
    page: value.page,
    hitsPerPage: value.hitsPerPage,
  }
}

/** `GET /search`: one tenant and locale per query, enforced here on the server. */
export function registerSearchRoute(app: FastifyInstance, engine: SearchEngine) {
  app.get('/search', async (request) => {
    const query = parseSearchParams(request.query)
    const result = await engine.search(query)

    return result
  })

  app.get('/search/token', async (request) => {
    const { tenant, locale } = z
      .object({ tenant: tenantSlugSchema, locale: localeSchema.default('vi') })
      .parse(request.query)
    const tokenSource = engine as SearchEngine & {
      tenantToken?: (tenant: string, locale: 'vi' | 'en') => Promise<unknown>
    }
    if (tokenSource.tenantToken === undefined) {
      throw new IndexerError('not_found', 'Tenant tokens exist only with the Meilisearch engine')
    }

    return tokenSource.tenantToken(tenant, locale)
  })
}
