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

const pathByType: Record<string, string> = {
  heritage: '/heritage',
  festival: '/festivals',
  place: '/map',
  story: '/heritage',
  product: '/shop',
  experience: '/experiences',
  cooperative: '/cooperatives',
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

/** Makes a hit's link point at this site's page in the page's language. */
export function hitUrl(
  url: string | null | undefined,
  type: string,
  id: string,
  locale: Locale,
): string {
  if (url && url.startsWith('/')) {
    return url.startsWith('/en/') || url === '/en' ? url : localePath(locale, url)
  }
  const base = pathByType[type] ?? '/search'

  return localePath(locale, `${base}/${id}`)
}

/** Searches the tenant's index in one language through the indexer. */
export async function search(query: SearchQuery): Promise<SearchResults> {
  const url = new URL('/search', env().SEARCH_URL)
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value))
  }
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
