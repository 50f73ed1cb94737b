import type { Metadata } from 'next'
import Link from 'next/link'
import { z } from 'zod'
import { listCooperatives } from '@/clients/commerce/list-cooperatives'
import { listProducts } from '@/clients/commerce/list-products'
import { ProductCard } from '@/components/shop/product-card'
import { UnavailableNotice } from '@/components/ui/unavailable-notice'
import { productGroupLabel, productGroups } from '@/domain/product-groups'
import { fill } from '@/i18n/messages'
import { localePath } from '@/i18n/locales'
import { alternates } from '@/lib/alternates'
import { pageContext } from '@/lib/page-context'
import { load } from '@/lib/result'
import type { SearchParams } from '@/lib/search-params'

type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams }

const pageSize = 24
const groups = productGroups

const Facets = z.object({
  group: z.enum(groups).optional().catch(undefined),
  stars: z.coerce.number().int().min(3).max(5).optional().catch(undefined),
  cooperative: z.string().min(1).max(100).optional().catch(undefined),
  maxPrice: z.coerce.number().int().min(0).optional().catch(undefined),
  page: z.coerce.number().int().min(1).default(1).catch(1),
})

/** Title and language alternates of the shop. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t, locale } = await pageContext(params)

  return { title: t.shop.title, description: t.shop.intro, alternates: alternates(locale, '/shop') }
}

/** The OCOP shop with facets: product group, stars, cooperative and maximum price. */
export default async function ShopPage({ params, searchParams }: Props) {
  const { locale, t, tenant } = await pageContext(params)
  const facets = Facets.parse(await searchParams)
  const [products, cooperatives] = await Promise.all([
    load('commerce.products', () =>
      listProducts(tenant, locale, {
        kind: 'product',
        group: facets.group,
        stars: facets.stars,
        cooperative: facets.cooperative,
        limit: pageSize,
        offset: (facets.page - 1) * pageSize,
      }),
    ),
    load('commerce.cooperatives', () => listCooperatives(tenant, locale)),
  ])
  const shown = products.ok
    ? products.data.products.filter(
        (product) => facets.maxPrice === undefined || (product.priceVnd ?? 0) <= facets.maxPrice,
      )
    : []
  const query = (page: number) => {
    const next = new URLSearchParams()
    for (const key of ['group', 'stars', 'cooperative', 'maxPrice'] as const) {
      const value = facets[key]
      if (value !== undefined) next.set(key, String(value))
    }
    next.set('page', String(page))

    return `${localePath(locale, '/shop')}?${next.toString()}`
  }

  return (
    <>
      <h1>{t.shop.title}</h1>
      <p className="lead">{t.shop.intro}</p>
      <div className="shop">
        <form method="get" className="facets" aria-label={t.shop.filters}>
          <div>
            <label htmlFor="group">{t.shop.group}</label>
            <select id="group" name="group" defaultValue={facets.group ?? ''}>
              <option value="">{t.shop.any}</option>
              {groups.map((group) => (
                <option key={group} value={group}>
                  {productGroupLabel(group, locale)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="stars">{t.shop.stars}</label>
            <select id="stars" name="stars" defaultValue={facets.stars ? String(facets.stars) : ''}>
              <option value="">{t.shop.any}</option>
              {[3, 4, 5].map((stars) => (
                <option key={stars} value={stars}>
                  {'★'.repeat(stars)} ({stars})
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="cooperative">{t.shop.cooperative}</label>
            <select id="cooperative" name="cooperative" defaultValue={facets.cooperative ?? ''}>
              <option value="">{t.shop.any}</option>
              {cooperatives.ok
                ? cooperatives.data.map((cooperative) => (
                    <option key={cooperative.handle} value={cooperative.handle}>
                      {cooperative.name}
                    </option>
                  ))
                : null}
            </select>
          </div>
          <div>
            <label htmlFor="maxPrice">{t.shop.priceMax}</label>
            <select
              id="maxPrice"
              name="maxPrice"
              defaultValue={facets.maxPrice ? String(facets.maxPrice) : ''}
            >
              <option value="">{t.shop.any}</option>
              {[100_000, 200_000, 500_000, 1_000_000].map((max) => (
                <option key={max} value={max}>
                  ≤ {new Intl.NumberFormat('vi-VN').format(max)} ₫
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t.shop.apply}</button>
        </form>

        <section data-testid="commerce-products" aria-live="polite">
          {products.ok ? (
            <>
              <p className="muted">
                {fill(t.shop.results, {
                  count: facets.maxPrice === undefined ? products.data.count : shown.length,
                })}
              </p>
              {shown.length > 0 ? (
                <div className="grid">
                  {shown.map((product) => (
                    <ProductCard key={product.id} product={product} locale={locale} t={t} />
                  ))}
                </div>
              ) : (
                <p>{t.shop.noResults}</p>
              )}
              <nav className="pager" aria-label={t.shop.results.replace('{count}', '')}>
                {facets.page > 1 ? (
                  <Link href={query(facets.page - 1)}>{t.shop.previous}</Link>
                ) : null}
                {facets.page * pageSize < products.data.count ? (
                  <Link href={query(facets.page + 1)}>{t.shop.next}</Link>
                ) : null}
              </nav>
            </>
          ) : (
            <UnavailableNotice
              title={t.unavailable.title}
              text={
                products.code === 'not_configured'
                  ? t.unavailable.notConfigured
                  : t.unavailable.commerce
              }
              testId="commerce-unavailable"
            />
          )}
          {cooperatives.ok && cooperatives.data.length > 0 ? (
            <section className="section" aria-labelledby="coops">
              <h2 id="coops">{t.shop.cooperatives}</h2>
              <ul className="chips">
                {cooperatives.data.map((cooperative) => (
                  <li key={cooperative.handle}>
                    <Link href={localePath(locale, `/cooperatives/${cooperative.handle}`)}>
                      {cooperative.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </section>
      </div>
    </>
  )
}
