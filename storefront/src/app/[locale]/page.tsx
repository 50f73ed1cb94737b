import Link from 'next/link'
import type { Metadata } from 'next'
import { upcoming } from '@/calendar/festival-occurrences'
import { listFestivals } from '@/clients/cms/list-festivals'
import { listHeritageSites } from '@/clients/cms/list-heritage-sites'
import { listProducts } from '@/clients/commerce/list-products'
import { listSessions } from '@/clients/commerce/list-sessions'
import { HeritageCard } from '@/components/heritage/heritage-card'
import { ProductCard } from '@/components/shop/product-card'
import { UnavailableNotice } from '@/components/ui/unavailable-notice'
import { fill } from '@/i18n/messages'
import { localePath } from '@/i18n/locales'
import { pageContext } from '@/lib/page-context'
import { load } from '@/lib/result'
import { alternates } from '@/lib/alternates'
import { formatDate } from '@/format/format-date'
import { todayInVietnam } from '@/lib/today'

/** Language alternates of the home page. */
export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>
}): Promise<Metadata> {
  const { locale } = await pageContext(params)

  return { alternates: alternates(locale, '/') }
}

/** The home page: hero, heritage highlights from the CMS and featured products from commerce. */
export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, t, tenant, cmsUp } = await pageContext(params)
  const cmsDown = { ok: false, code: 'upstream_unavailable' } as const
  const [heritage, festivals, products, experiences] = await Promise.all([
    cmsUp ? load('cms.heritage', () => listHeritageSites(tenant.id, locale, 6)) : cmsDown,
    cmsUp ? load('cms.festivals', () => listFestivals(tenant.id, locale)) : cmsDown,
    load('commerce.products', () => listProducts(tenant, locale, { limit: 8, kind: 'product' })),
    load('commerce.experiences', () =>
      listProducts(tenant, locale, { limit: 4, kind: 'experience' }),
    ),
  ])
  const nextFestivals = festivals.ok ? upcoming(festivals.data, todayInVietnam(), 4) : []
  const now = new Date().toISOString()
  const nextSessions = new Map(
    experiences.ok
      ? await Promise.all(
          experiences.data.products.map(async (product) => {
            const sessions = await load('commerce.sessions', () =>
              listSessions(tenant, product.handle, locale),
            )
            const next = sessions.ok
              ? sessions.data.find(
                  (session) => session.startsAt > now && (session.seatsLeft ?? 1) > 0,
                )
              : undefined

            return [product.handle, next ?? null] as const
          }),
        )
      : [],
  )

  return (
    <>
      <section className="hero">
        <h1>{fill(t.home.heroTitle, { tenant: tenant.name })}</h1>
        <p>{t.home.heroText}</p>
      </section>

      <section className="section" aria-labelledby="highlights" data-testid="cms-content">
        <div className="section__head">
          <h2 id="highlights">{t.home.highlights}</h2>
          <Link href={localePath(locale, '/heritage')}>{t.home.seeAll}</Link>
        </div>
        {heritage.ok ? (
          heritage.data.length > 0 ? (
            <div className="grid">
              {heritage.data.map((site, index) => (
                <HeritageCard key={site.id} site={site} locale={locale} eager={index === 0} />
              ))}
            </div>
          ) : (
            <p>{t.home.noHeritage}</p>
          )
        ) : (
          <UnavailableNotice
            title={t.unavailable.title}
            text={t.unavailable.cms}
            testId="cms-unavailable"
          />
        )}
      </section>

      <section className="section" aria-labelledby="featured" data-testid="commerce-products">
        <div className="section__head">
          <h2 id="featured">{t.home.featuredProducts}</h2>
          <Link href={localePath(locale, '/shop')}>{t.home.seeAll}</Link>
        </div>
        {products.ok ? (
          products.data.products.length > 0 ? (
            <div className="grid">
              {products.data.products.map((product) => (
                <ProductCard key={product.id} product={product} locale={locale} t={t} />
              ))}
            </div>
          ) : (
            <p>{t.home.noProducts}</p>
          )
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
      </section>

      <section className="section" aria-labelledby="upcoming">
        <div className="section__head">
          <h2 id="upcoming">{t.home.upcomingFestivals}</h2>
          <Link href={localePath(locale, '/festivals')}>{t.home.seeAll}</Link>
        </div>
        {festivals.ok ? (
          nextFestivals.length > 0 ? (
            <ul className="event-list" data-testid="upcoming-festivals">
              {nextFestivals.map((entry) => (
                <li key={entry.festival.id}>
                  <Link href={localePath(locale, `/festivals/${entry.festival.slug}`)}>
                    {entry.festival.title}
                  </Link>{' '}
                  <span className="muted">{formatDate(entry.start, locale)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t.home.noFestivals}</p>
          )
        ) : (
          <UnavailableNotice title={t.unavailable.title} text={t.unavailable.cms} />
        )}
      </section>

      <section className="section" aria-labelledby="experiences">
        <div className="section__head">
          <h2 id="experiences">{t.home.experiences}</h2>
          <Link href={localePath(locale, '/experiences')}>{t.home.seeAll}</Link>
        </div>
        {experiences.ok ? (
          experiences.data.products.length > 0 ? (
            <div className="grid">
              {experiences.data.products.map((product) => (
                <ProductCard
                  key={product.id}
                  product={product}
                  locale={locale}
                  t={t}
                  nextSession={nextSessions.get(product.handle)}
                />
              ))}
            </div>
          ) : (
            <p>{t.home.noExperiences}</p>
          )
        ) : (
          <UnavailableNotice title={t.unavailable.title} text={t.unavailable.commerce} />
        )}
      </section>
    </>
  )
}
