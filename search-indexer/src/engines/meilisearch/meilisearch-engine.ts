import { Meilisearch, type Index } from 'meilisearch'
import { generateTenantToken } from 'meilisearch/token'
import type { Pool } from '../../db/pool.js'
import { migrateDatabase } from '../../db/migrate.js'
import { hashDocument } from '../../documents/hash-document.js'
import {
  locales,
  type DocumentKey,
  type DocumentStamp,
  type Locale,
  type SearchDocument,
} from '../../documents/search-document.js'
import { IndexerError } from '../../errors/indexer-error.js'
import type { IndexBuild, SearchEngine, SearchHit, SearchQuery, SearchResult } from '../engine.js'
import { indexSettings } from './index-settings.js'

type StoredDocument = SearchDocument & { key: string; contentHash: string }

/** Meilisearch ids allow letters, digits, - and _: base64url of tenant and id is one-to-one. */
function keyOf(tenant: string, id: string): string {
  return Buffer.from(`${tenant}|${id}`).toString('base64url')
}

function quote(value: string | number): string {
  return typeof value === 'number' ? String(value) : `"${value.replace(/["\\]/g, '\\$&')}"`
}

function inList(attribute: string, values: Array<string | number>): string {
  return `${attribute} IN [${values.map(quote).join(', ')}]`
}

export type MeilisearchEngineOptions = {
  host: string
  apiKey: string | undefined
  indexPrefix: string
  /** The indexer's PostgreSQL pool, for the notification queue. */
  pool: Pool
}

/** The production engine: one Meilisearch index per locale, filtered by tenant on every query. */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const
  private readonly client: Meilisearch
  private building = false

  constructor(private readonly options: MeilisearchEngineOptions) {
    this.client = new Meilisearch({ host: options.host, apiKey: options.apiKey })
  }

  /** Name of the live index of one locale. */
  indexName(locale: Locale): string {
    return `${this.options.indexPrefix}-${locale}`
  }

  private buildName(locale: Locale): string {
    return `${this.indexName(locale)}-build`
  }

  private index(uid: string): Index<StoredDocument> {
    return this.client.index<StoredDocument>(uid)
  }

  private async ensureIndex(uid: string, locale: Locale) {
    const existing = await this.client.getRawIndex(uid).catch(() => null)
    if (existing === null) await this.client.createIndex(uid, { primaryKey: 'key' }).waitTask()
    await this.index(uid).updateSettings(indexSettings(locale)).waitTask()
  }

  async migrate(): Promise<void> {
    await migrateDatabase(this.options.pool, { postgresEngine: false })
    for (const locale of locales) await this.ensureIndex(this.indexName(locale), locale)
  }

  async healthy(): Promise<boolean> {
    return this.client.isHealthy()
  }

  private async write(uid: string, docs: SearchDocument[]) {
    if (docs.length === 0) return
    // Meilisearch reads `_geo` when present, so a document without a place leaves it out.
    const stored = docs.map(({ _geo, ...doc }) => ({
      ...doc,
      ...(_geo === null ? {} : { _geo }),
      key: keyOf(doc.tenant, doc.id),
      contentHash: hashDocument({ ...doc, _geo }),
    }))
    await this.index(uid)
      .addDocuments(stored as StoredDocument[], { primaryKey: 'key' })
      .waitTask({ timeout: 60_000 })
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    for (const locale of locales) {
      const subset = docs.filter((doc) => doc.locale === locale)
      await this.write(this.indexName(locale), subset)
      if (this.building) await this.write(this.buildName(locale), subset)
    }
  }

  async remove(keys: DocumentKey[]): Promise<void> {
    for (const locale of locales) {
      const ids = keys
        .filter((key) => (key.locale ?? locale) === locale)
        .map((key) => keyOf(key.tenant, key.id))
      if (ids.length === 0) continue
      const uids = this.building
        ? [this.indexName(locale), this.buildName(locale)]
        : [this.indexName(locale)]
      for (const uid of uids) await this.index(uid).deleteDocuments(ids).waitTask()
    }
  }

  async tenants(): Promise<string[]> {
    const found = new Set<string>()
    for (const locale of locales) {
      const response = await this.index(this.indexName(locale)).search('', {
        facets: ['tenant'],
        limit: 0,
      })
      for (const tenant of Object.keys(response.facetDistribution?.tenant ?? {})) found.add(tenant)
    }

    return [...found].sort()
  }

  async stamps(tenant: string): Promise<DocumentStamp[]> {
    const stamps: DocumentStamp[] = []
    for (const locale of locales) {
      for (let offset = 0; ; offset += 1000) {
        const page = await this.index(this.indexName(locale)).getDocuments({
          filter: `tenant = ${quote(tenant)}`,
          fields: ['id', 'contentHash'],
          limit: 1000,
          offset,
        })
        for (const doc of page.results)
          stamps.push({ tenant, locale, id: doc.id, hash: doc.contentHash })
        if (page.results.length < 1000) break
      }
    }

    return stamps
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now()
    const filter = [`tenant = ${quote(query.tenant)}`]
    if (query.types.length > 0) filter.push(inList('type', query.types))
    if (query.stars.length > 0) filter.push(inList('stars', query.stars))
    if (query.productGroups.length > 0) filter.push(inList('productGroup', query.productGroups))
    if (query.communes.length > 0) filter.push(inList('commune', query.communes))
    const response = await this.index(this.indexName(query.locale)).search(query.q, {
      filter,
      facets: ['type', 'stars', 'productGroup', 'commune'],
      page: query.page,
      hitsPerPage: query.hitsPerPage,
      sort:
        query.near === null ? undefined : [`_geoPoint(${query.near.lat}, ${query.near.lng}):asc`],
      attributesToHighlight: ['title', 'summary'],
      attributesToCrop: ['text'],
      cropLength: 30,
      highlightPreTag: '<mark>',
      highlightPostTag: '</mark>',
    })
    const facets = response.facetDistribution ?? {}
    const hits: SearchHit[] = response.hits.map((hit) => {
      const formatted = (hit._formatted ?? {}) as Partial<
        Record<'title' | 'summary' | 'text', string>
      >
      const highlights: SearchHit['highlights'] = {}
      for (const field of ['title', 'summary', 'text'] as const) {
        const value = formatted[field]
        if (value !== undefined && value.includes('<mark>')) highlights[field] = value
      }
      const distance = (hit as { _geoDistance?: number })._geoDistance

      return {
        id: hit.id,
        type: hit.type,
        title: hit.title,
        summary: hit.summary,
        url: hit.url,
        image: hit.image,
        price: hit.price,
        stars: hit.stars,
        productGroup: hit.productGroup,
        commune: hit.commune,
        _geo: hit._geo ?? null,
        dates: hit.dates,
        updatedAt: hit.updatedAt,
        distanceMeters: distance ?? null,
        highlights,
      }
    })

    return {
      hits,
      total: response.totalHits ?? hits.length,
      exhaustive: true,
      page: query.page,
      hitsPerPage: query.hitsPerPage,
      facets: {
        type: facets.type ?? {},
        stars: facets.stars ?? {},
        productGroup: facets.productGroup ?? {},
        commune: facets.commune ?? {},
      },
      matchedBy: 'all',
      took: Math.round((performance.now() - started) * 10) / 10,
    }
  }

  async beginBuild(): Promise<IndexBuild> {
    if (this.building)
      throw new IndexerError('reindex_running', 'A full reindex is already running')
    this.building = true
    try {
      for (const locale of locales) {
        await this.client.deleteIndexIfExists(this.buildName(locale))
        await this.ensureIndex(this.buildName(locale), locale)
        await this.ensureIndex(this.indexName(locale), locale)
      }
    } catch (error) {
      this.building = false
      throw error
    }

    return {
      add: async (docs) => {
        for (const locale of locales) {
          await this.write(
            this.buildName(locale),
            docs.filter((doc) => doc.locale === locale),
          )
        }
      },
      commit: async () => {
        try {
          await this.client
            .swapIndexes(
              locales.map((locale) => ({
                indexes: [this.indexName(locale), this.buildName(locale)] as [string, string],
                rename: false,
              })),
            )
            .waitTask()
          for (const locale of locales)
            await this.client.deleteIndexIfExists(this.buildName(locale))
        } finally {
          this.building = false
        }
      },
      abort: async () => {
        for (const locale of locales) await this.client.deleteIndexIfExists(this.buildName(locale))
        this.building = false
      },
    }
  }

  /**
   * A tenant token for searching from the browser: signed with a search key, it can only read
   * the given tenant's documents of one locale's index.
   */
  async tenantToken(tenant: string, locale: Locale, expiresInSeconds = 3600) {
    const keys = await this.client.getKeys({ limit: 50 })
    const searchKey = keys.results.find(
      (key) => key.actions.includes('search') || key.actions.includes('*'),
    )
    if (searchKey === undefined) {
      throw new IndexerError('engine_unavailable', 'No Meilisearch key allows search')
    }
    const indexUid = this.indexName(locale)
    const token = await generateTenantToken({
      apiKey: searchKey.key,
      apiKeyUid: searchKey.uid,
      searchRules: { [indexUid]: { filter: `tenant = ${quote(tenant)}` } },
      expiresAt: new Date(Date.now() + expiresInSeconds * 1000),
    })

    return { host: this.options.host, indexUid, token }
  }

  async close(): Promise<void> {
    await this.options.pool.end()
  }
}
