import type {
  DocumentKey,
  DocumentStamp,
  DocumentType,
  Locale,
  SearchDocument,
} from '../documents/search-document.js'

/** One validated query, always scoped to one tenant and one locale. */
export type SearchQuery = {
  tenant: string
  locale: Locale
  q: string
  types: DocumentType[]
  stars: number[]
  productGroups: string[]
  communes: string[]
  near: { lat: number; lng: number } | null
  page: number
  hitsPerPage: number
}

export type SearchHit = {
  id: string
  type: DocumentType
  title: string
  summary: string
  url: string
  image: string | null
  price: number | null
  stars: number | null
  productGroup: string | null
  commune: string | null
  _geo: { lat: number; lng: number } | null
  dates: SearchDocument['dates']
  updatedAt: string
  /** Metres from `near`, when the query had one and the document has a place. */
  distanceMeters: number | null
  /** HTML-escaped fragments with `<mark>` around matched words. */
  highlights: { title?: string; summary?: string; text?: string }
}

export type FacetCounts = Record<string, number>

export type SearchResult = {
  hits: SearchHit[]
  total: number
  /** False when a broad query's total and facet counts are estimates (see the engine). */
  exhaustive: boolean
  page: number
  hitsPerPage: number
  facets: { type: FacetCounts; stars: FacetCounts; productGroup: FacetCounts; commune: FacetCounts }
  /** How the query matched: full-text, with typo corrections, or by trigram similarity. */
  matchedBy: 'all' | 'typo' | 'similarity'
  took: number
}

/** A new index being filled while the live one keeps answering; `commit` swaps it in. */
export interface IndexBuild {
  add(docs: SearchDocument[]): Promise<void>
  commit(): Promise<void>
  abort(): Promise<void>
}

/** What every search engine offers; the PostgreSQL and Meilisearch engines implement it. */
export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch'
  /** Creates tables, indexes or settings; idempotent. */
  migrate(): Promise<void>
  /** True when the engine answers. */
  healthy(): Promise<boolean>
  /** Adds or replaces documents (in the live index and in a build under way). */
  upsert(docs: SearchDocument[]): Promise<void>
  /** Removes documents; absent ones are ignored. */
  remove(keys: DocumentKey[]): Promise<void>
  /** Every tenant with documents in the index. */
  tenants(): Promise<string[]>
  /** Identity and content hash of every document of one tenant. */
  stamps(tenant: string): Promise<DocumentStamp[]>
  search(query: SearchQuery): Promise<SearchResult>
  /** Starts a full rebuild into a new index. */
  beginBuild(): Promise<IndexBuild>
  close(): Promise<void>
}
