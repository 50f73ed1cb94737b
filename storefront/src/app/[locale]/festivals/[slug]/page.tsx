import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { upcoming } from '@/calendar/festival-occurrences'
import { getFestival } from '@/clients/cms/list-festivals'
import { getProducts } from '@/clients/commerce/get-product'
import { ProductCard } from '@/components/shop/product-card'
import { JsonLd } from '@/components/ui/json-ld'
import { UnavailableNotice } from '@/components/ui/unavailable-notice'
import { requestOrigin } from '@/lib/request-origin'
import { formatDate } from '@/format/format-date'
import { fill } from '@/i18n/messages'
import { localePath } from '@/i18n/locales'
import { alternates } from '@/lib/alternates'
import { pageContext } from '@/lib/page-context'
import { load } from '@/lib/result'
import { todayInVietnam } from '@/lib/today'

type Props = { params: Promise<{ locale: string; slug: string }> }

/** Title, alternates and Open Graph image of a festival page. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const { locale, tenant, cmsUp } = await pageContext(params)
  if (!cmsUp) return {}
  const festival = await load('cms.festival', () => getFestival(tenant.id, slug, locale))
  if (!festival.ok || !festival.data) return {}

  return {
    title: festival.data.title,
    description: festival.data.summary ?? undefined,
    alternates: alternates(locale, `/festivals/${slug}`),
    openGraph: {
      images: festival.data.image
        ? [{ url: festival.data.image.url, alt: festival.data.image.alt }]
        : undefined,
    },
  }
}

/** A festival: dates (solar and lunar), place, programme, related experiences and products. */
export default async function FestivalPage({ params }: Props) {
  const { slug } = await params
  const { locale, t, tenant, cmsUp } = await pageContext(params)
  const origin = await requestOrigin()
  if (!cmsUp)
    return (
      <UnavailableNotice
        title={t.unavailable.title}
        text={t.unavailable.cms}
        testId="cms-unavailable"
      />
    )
  const loaded = await load('cms.festival', () => getFestival(tenant.id, slug, locale))
  if (!loaded.ok)
    return (
      <UnavailableNotice
        title={t.unavailable.title}
        text={t.unavailable.cms}
        testId="cms-unavailable"
      />
    )
  const festival = loaded.data
  if (!festival) notFound()
  const [next] = upcoming([festival], todayInVietnam(), 1)
  const related = await load('commerce.related', () =>
    getProducts(tenant, festival.relatedProductHandles, locale),
  )
  const experiences = related.ok
    ? related.data.filter((product) => product.kind === 'experience')
    : []
  const products = related.ok ? related.data.filter((product) => product.kind === 'product') : []

  return (
    <article data-testid="cms-content">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Event',
          name: festival.title,
          description: festival.summary ?? undefined,
          startDate: next?.start,
          endDate: next?.end,
          eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
          eventStatus: 'https://schema.org/EventScheduled',
          url: new URL(localePath(locale, `/festivals/${slug}`), origin).toString(),
          location: {
            '@type': 'Place',
            name: festival.place ?? tenant.name,
            address: festival.place ?? tenant.name,
            geo: festival.location
              ? {
                  '@type': 'GeoCoordinates',
                  latitude: festival.location.lat,
                  longitude: festival.location.lng,
                }
              : undefined,
          },
          image: festival.image ? new URL(festival.image.url, origin).toString() : undefined,
        }}
      />
      <h1>{festival.title}</h1>
      {festival.summary ? <p className="lead">{festival.summary}</p> : null}
      {festival.image ? (
        <img
          className="heritage__hero"
          src={festival.image.url}
          alt={festival.image.alt}
          width={festival.image.width ?? 1280}
          height={festival.image.height ?? 720}
        />
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t.festivals.dates}</dt>
          <dd>
            {next
              ? `${formatDate(next.start, locale)}${next.end !== next.start ? ` – ${formatDate(next.end, locale)}` : ''}`
              : '—'}
            {festival.lunar ? (
              <>
                <br />
                {t.festivals.lunar}: {festival.lunar.day}{' '}
                {fill(t.festivals.lunarMonthStart, { month: festival.lunar.month })}
              </>
            ) : null}
          </dd>
        </div>
        {festival.place ? (
          <div>
            <dt>{t.festivals.place}</dt>
            <dd>{festival.place}</dd>
          </div>
        ) : null}
      </dl>
      <div className="prose">
        {festival.paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      {festival.programme.length > 0 ? (
        <section className="section" aria-labelledby="programme">
          <h2 id="programme">{t.festivals.programme}</h2>
          <ol className="programme">
            {festival.programme.map((item, index) => (
              <li key={index}>
                {item.time ? <strong>{item.time} </strong> : null}
                {item.title}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {experiences.length > 0 ? (
        <section className="section" aria-labelledby="related-experiences">
          <h2 id="related-experiences">{t.festivals.relatedExperiences}</h2>
          <div className="grid">
            {experiences.map((product) => (
              <ProductCard key={product.id} product={product} locale={locale} t={t} />
            ))}
          </div>
        </section>
      ) : null}
      {products.length > 0 ? (
        <section className="section" aria-labelledby="related-products">
          <h2 id="related-products">{t.heritage.relatedProducts}</h2>
          <div className="grid">
            {products.map((product) => (
              <ProductCard key={product.id} product={product} locale={locale} t={t} />
            ))}
          </div>
        </section>
      ) : null}
    </article>
  )
}
