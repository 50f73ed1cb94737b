import { env } from '@/config/env'
import type { Locale } from '@/domain/types'
import { localePath } from '@/i18n/locales'
import { fetchJson } from '../http/fetch-json'
import { type SearchAnswer, SearchAnswer as SearchAnswerSchema } from './schemas'

/** A search hit ready for the page. */
export interface SearchHit {
  id: string
  type: string
  title: string
  summary: string | null
  url: string
  image: string | null
  priceVnd: number | null
  stars: number | null
}

/** Search results with facet counts (facet name → value → count). */
export interface SearchResults {
  hits: SearchHit[]
  total: number
  facets: Record<string, Record<string, number>>
}

/** What to search for. */
export interface SearchQuery {
  tenant: string
  locale: Locale
  q: string
  type?: string
  stars?: number
  group?: string
  commune?: string
  limit?: number
  offset?: number
}

const pathByType: Record<string, (slug: string) => string> = {
  heritage: (slug) => `/heritage/${slug}`,
  festival: (slug) => `/festivals/${slug}`,
  product: (slug) => `/shop/${slug}`,
  experience: (slug) => `/experiences/${slug}`,
  cooperative: (slug) => `/cooperatives/${slug}`,
  place: (slug) => `/places/${slug}`,
  story: (slug) => `/stories/${slug}`,
}

function facetsOf(answer: SearchAnswer): SearchResults['facets'] {
  const raw = answer.facets ?? answer.facetDistribution ?? {}
  const facets: SearchResults['facets'] = {}
  for (const [name, counts] of Object.entries(raw)) {
    facets[name] = Array.isArray(counts)
      ? Object.fromEntries(counts.map((entry) => [String(entry.value), entry.count]))
      : counts
  }

  return facets
}

/**
 * Links a hit to this site's page in the page's language. The indexer's own URL is read only
 * for its last segment (the slug or handle); the path is this site's, so a different URL scheme
 * on the indexer side cannot break links.
 */
export function hitUrl(
  url: string | null | undefined,
  type: string,
  id: string,
  locale: Locale,
): string {
  const fromUrl = url?.split(/[?#]/)[0]?.split('/').filter(Boolean).pop()
  const slug = fromUrl ?? id.replace(/^[a-z]+:/, '')
  const build = pathByType[type]

  return build
    ? localePath(locale, build(slug))
    : localePath(locale, `/search?q=${encodeURIComponent(slug)}`)
}

/** Searches the tenant's index in one language through the indexer. */
export async function search(query: SearchQuery): Promise<SearchResults> {
  const url = new URL('/search', env().SEARCH_URL)
  const { limit, offset, ...filters } = query
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value))
  }
  const perPage = limit ?? 20
  url.searchParams.set('hitsPerPage', String(perPage))
  url.searchParams.set('page', String(Math.floor((offset ?? 0) / perPage) + 1))
  const answer = await fetchJson(url.toString(), SearchAnswerSchema, { service: 'search' })

  return {
    hits: answer.hits.map((hit) => ({
      id: hit.id,
      type: hit.type,
      title: hit.title,
      summary: hit.summary ?? null,
      url: hitUrl(hit.url, hit.type, hit.id, query.locale),
      image: hit.image ?? null,
      priceVnd: hit.price ?? null,
      stars: hit.stars ?? null,
    })),
    total: answer.total ?? answer.estimatedTotalHits ?? answer.hits.length,
    facets: facetsOf(answer),
  }
}
