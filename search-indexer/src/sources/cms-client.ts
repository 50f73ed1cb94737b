import { z } from 'zod'
import type { Locale } from '../documents/search-document.js'
import { IndexerError } from '../errors/indexer-error.js'
import { fetchJson } from './fetch-json.js'

/** CMS collection of each content kind. */
export const cmsCollections = {
  heritage: 'heritage-sites',
  festival: 'festivals',
  place: 'places',
  story: 'stories',
} as const

export type CmsKind = keyof typeof cmsCollections

export const cmsTenantSchema = z.object({
  id: z.union([z.number(), z.string()]),
  slug: z.string(),
  name: z.unknown().optional(),
  commerce: z
    .object({ publishableKey: z.string().nullish(), salesChannelId: z.string().nullish() })
    .nullish(),
})
export type CmsTenant = z.infer<typeof cmsTenantSchema>

const pageSchema = z.object({
  docs: z.array(z.record(z.string(), z.unknown())),
  hasNextPage: z.boolean().optional(),
  nextPage: z.number().nullish(),
})

/** A raw CMS document (one locale, depth 1); the mappers validate the fields they use. */
export type CmsDocument = Record<string, unknown>

/** Reads tenants and published content anonymously from the CMS REST API. */
export class CmsClient {
  constructor(private readonly baseUrl: string) {}

  private url(path: string, query: Record<string, string>) {
    const url = new URL(`/api/${path}`, this.baseUrl)
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)

    return url.toString()
  }

  private async pages(path: string, query: Record<string, string>): Promise<CmsDocument[]> {
    const docs: CmsDocument[] = []
    for (let page = 1; page < 10_000; page += 1) {
      const response = await fetchJson(
        this.url(path, { ...query, limit: '100', page: String(page) }),
      )
      // A collection the CMS does not have (yet) has nothing to index.
      if (response.status === 404) return docs
      if (response.status !== 200) {
        throw new IndexerError('source_unavailable', `CMS ${path} answered ${response.status}`)
      }
      const parsed = pageSchema.safeParse(response.body)
      if (!parsed.success)
        throw new IndexerError('source_unavailable', `CMS ${path}: unexpected page shape`)
      docs.push(...parsed.data.docs)
      if (parsed.data.hasNextPage !== true) break
    }

    return docs
  }

  /** Every tenant, with its commerce publishable key when provisioned. */
  async listTenants(): Promise<CmsTenant[]> {
    const docs = await this.pages('tenants', { depth: '0' })

    return docs.flatMap((doc) => {
      const parsed = cmsTenantSchema.safeParse(doc)

      return parsed.success ? [parsed.data] : []
    })
  }

  /** All published documents of one kind for one tenant, in one locale. */
  async listDocuments(
    kind: CmsKind,
    tenantId: string | number,
    locale: Locale,
  ): Promise<CmsDocument[]> {
    return this.pages(cmsCollections[kind], {
      locale,
      'fallback-locale': locale === 'vi' ? 'en' : 'vi',
      depth: '1',
      'where[tenant][equals]': String(tenantId),
    })
  }

  /** One published document, or null when it is missing, a draft or not readable anonymously. */
  async getDocument(kind: CmsKind, id: string, locale: Locale): Promise<CmsDocument | null> {
    const response = await fetchJson(
      this.url(`${cmsCollections[kind]}/${encodeURIComponent(id)}`, {
        locale,
        'fallback-locale': locale === 'vi' ? 'en' : 'vi',
        depth: '1',
      }),
    )
    if (response.status === 404 || response.status === 403 || response.status === 401) return null
    if (response.status !== 200 || typeof response.body !== 'object' || response.body === null) {
      throw new IndexerError('source_unavailable', `CMS ${kind} ${id} answered ${response.status}`)
    }

    return response.body as CmsDocument
  }
}
