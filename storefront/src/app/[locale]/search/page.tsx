import type { Metadata } from 'next'
import Link from 'next/link'
import { search } from '@/clients/search/search'
import { Price } from '@/components/ui/price'
import { UnavailableNotice } from '@/components/ui/unavailable-notice'
import { productGroupLabel } from '@/domain/product-groups'
import { fill } from '@/i18n/messages'
import { localePath } from '@/i18n/locales'
import { pageContext } from '@/lib/page-context'
import { load } from '@/lib/result'
import { param, type SearchParams } from '@/lib/search-params'

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

const types = [
  'heritage',
  'festival',
  'place',
  'story',
  'product',
  'experience',
  'cooperative',
] as const

/** Search results are not indexed. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageContext(params)

  return { title: t.search.title, robots: { index: false, follow: true } }
}

/** Search results across every type of the tenant, with type and star facets. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale, t, tenant } = await pageContext(params)
  const query = await searchParams
  const q = (param(query, 'q') ?? '').trim().slice(0, 200)
  const typeParam = param(query, 'type')
  const type = types.find((entry) => entry === typeParam)
  const starsParam = Number(param(query, 'stars'))
  const stars = [3, 4, 5].includes(starsParam) ? starsParam : undefined
  const group = param(query, 'group')?.slice(0, 100) || undefined
  const commune = param(query, 'commune')?.slice(0, 100) || undefined
  const results = q
    ? await load('search.query', () =>
        search({ tenant: tenant.slug, locale, q, type, stars, group, commune, limit: 40 }),
      )
    : null
  const base = localePath(locale, '/search')
  const link = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams({ q })
    const merged = { type, stars: stars ? String(stars) : undefined, group, commune, ...changes }
    for (const [key, value] of Object.entries(merged)) if (value) next.set(key, value)

    return `${base}?${next.toString()}`
  }
  const typeCounts = results?.ok ? (results.data.facets.type ?? {}) : {}
  const starCounts = results?.ok ? (results.data.facets.stars ?? {}) : {}
  const valueFacets = [
    {
      name: 'group',
      title: t.shop.group,
      counts: results?.ok ? (results.data.facets.productGroup ?? {}) : {},
      current: group,
      label: (value: string) => productGroupLabel(value, locale),
    },
    {
      name: 'commune',
      title: t.search.commune,
      counts: results?.ok ? (results.data.facets.commune ?? {}) : {},
      current: commune,
      label: (value: string) => value,
    },
  ] as const

  return (
    <>
      <h1>{t.search.title}</h1>
      <form role="search" method="get" action={base} className="search-page__form">
        <label htmlFor="search-page-q" className="visually-hidden">
          {t.search.label}
        </label>
        <input
          id="search-page-q"
          type="search"
          name="q"
          defaultValue={q}
          placeholder={t.search.placeholder}
        />
        <button type="submit">{t.search.submit}</button>
      </form>
      {results && !results.ok ? (
        <UnavailableNotice
          title={t.unavailable.title}
          text={t.unavailable.search}
          testId="search-unavailable"
        />
      ) : null}
      {results?.ok ? (
        <div className="shop">
          <nav className="facets" aria-label={t.search.type}>
            <h2 className="facets__title">{t.search.type}</h2>
            <ul>
              <li>
                <Link href={link({ type: undefined })} aria-current={type ? undefined : 'true'}>
                  {t.search.all}
                </Link>
              </li>
              {types
                .filter((entry) => entry === type || (typeCounts[entry] ?? 0) > 0)
                .map((entry) => (
                  <li key={entry}>
                    <Link
                      href={link({ type: entry })}
                      aria-current={entry === type ? 'true' : undefined}
                    >
                      {t.search.types[entry]} ({typeCounts[entry] ?? 0})
                    </Link>
                  </li>
                ))}
            </ul>
            {Object.keys(starCounts).length > 0 ? (
              <>
                <h2 className="facets__title">{t.shop.stars}</h2>
                <ul>
                  {Object.entries(starCounts).map(([value, count]) => (
                    <li key={value}>
                      <Link
                        href={link({ stars: value })}
                        aria-current={String(stars) === value ? 'true' : undefined}
                      >
                        {'★'.repeat(Number(value))} ({count})
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {valueFacets
              .filter((facet) => Object.keys(facet.counts).length > 0)
              .map((facet) => (
                <div key={facet.name}>
                  <h2 className="facets__title">{facet.title}</h2>
                  <ul>
                    {Object.entries(facet.counts).map(([value, count]) => (
                      <li key={value}>
                        <Link
                          href={link({ [facet.name]: facet.current === value ? undefined : value })}
                          aria-current={facet.current === value ? 'true' : undefined}
                        >
                          {facet.label(value)} ({count})
                        </Link>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
          </nav>
          <section data-testid="search-results" aria-live="polite">
            <p className="muted">
              {results.data.hits.length > 0
                ? fill(t.search.results, { count: results.data.total, query: q })
                : fill(t.search.noResults, { query: q })}
            </p>
            <ul className="results">
              {results.data.hits.map((hit) => (
                <li key={`${hit.type}-${hit.id}`} className="result" data-testid="search-result">
                  <span className="search-box__type">
                    {t.search.types[hit.type as (typeof types)[number]] ?? hit.type}
                  </span>
                  <h3>
                    <Link href={hit.url}>{hit.title}</Link>
                  </h3>
                  {hit.summary ? <p className="muted">{hit.summary}</p> : null}
                  {hit.priceVnd !== null ? <Price amount={hit.priceVnd} /> : null}
                </li>
              ))}
            </ul>
          </section>
        </div>
      ) : null}
    </>
  )
}
