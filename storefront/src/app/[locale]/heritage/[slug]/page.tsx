import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'
import { getHeritageSite } from '@/clients/cms/list-heritage-sites'
import { listFestivals } from '@/clients/cms/list-festivals'
import { getProducts } from '@/clients/commerce/get-product'
import { AudioGuide } from '@/components/heritage/audio-guide'
import { MapSnippet } from '@/components/map/map-snippet'
import { ProductCard } from '@/components/shop/product-card'
import { JsonLd } from '@/components/ui/json-ld'
import { Price } from '@/components/ui/price'
import { UnavailableNotice } from '@/components/ui/unavailable-notice'
import { ModelViewerLazy } from '@/components/viewers/model-viewer-lazy'
import { PanoramaViewerLazy } from '@/components/viewers/panorama-viewer-lazy'
import { requestOrigin } from '@/lib/request-origin'
import type { Locale } from '@/domain/types'
import { localePath } from '@/i18n/locales'
import { alternates } from '@/lib/alternates'
import { pageContext } from '@/lib/page-context'
import { load } from '@/lib/result'

type Props = { params: Promise<{ locale: string; slug: string }> }

const readSite = cache((tenantId: string, slug: string, locale: Locale) =>
  load('cms.heritage-site', () => getHeritageSite(tenantId, slug, locale)),
)

/** Title, description, language alternates and Open Graph image of a heritage page. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const { locale, tenant, cmsUp } = await pageContext(params)
  if (!cmsUp) return {}
  const site = await readSite(tenant.id, slug, locale)
  if (!site.ok || !site.data) return {}

  return {
    title: site.data.title,
    description: site.data.summary ?? undefined,
    alternates: alternates(locale, `/heritage/${slug}`),
    openGraph: {
      title: site.data.title,
      description: site.data.summary ?? undefined,
      images: site.data.image
        ? [{ url: site.data.image.url, alt: site.data.image.alt }]
        : undefined,
    },
  }
}

/** A heritage site: text, practical facts, gallery, 360° tour, 3D model, audio guide. */
export default async function HeritagePage({ params }: Props) {
  const { slug } = await params
  const { locale, t, tenant, cmsUp } = await pageContext(params)
  const origin = await requestOrigin()
  if (!cmsUp) {
    return (
      <UnavailableNotice
        title={t.unavailable.title}
        text={t.unavailable.cms}
        testId="cms-unavailable"
      />
    )
  }
  const loaded = await readSite(tenant.id, slug, locale)
  if (!loaded.ok) {
    return (
      <UnavailableNotice
        title={t.unavailable.title}
        text={t.unavailable.cms}
        testId="cms-unavailable"
      />
    )
  }
  const site = loaded.data
  if (!site) notFound()
  const [related, festivals] = await Promise.all([
    load('commerce.related', () => getProducts(tenant, site.relatedProductHandles, locale)),
    site.relatedFestivalSlugs.length > 0
      ? load('cms.festivals', () => listFestivals(tenant.id, locale))
      : ({ ok: true, data: [] } as const),
  ])
  const relatedFestivals = festivals.ok
    ? festivals.data.filter((festival) => site.relatedFestivalSlugs.includes(festival.slug))
    : []
  const pageUrl = new URL(localePath(locale, `/heritage/${slug}`), origin).toString()

  return (
    <article className="heritage" data-testid="cms-content">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'TouristAttraction',
          name: site.title,
          description: site.summary ?? undefined,
          url: pageUrl,
          image: site.image ? new URL(site.image.url, origin).toString() : undefined,
          address: site.address ?? undefined,
          geo: site.location
            ? {
                '@type': 'GeoCoordinates',
                latitude: site.location.lat,
                longitude: site.location.lng,
              }
            : undefined,
          isAccessibleForFree: site.ticketPriceVnd === 0 ? true : undefined,
          openingHours: site.hours ?? undefined,
        }}
      />
      <header className="heritage__head">
        {site.rank ? <p className="eyebrow">{site.rank}</p> : null}
        <h1>{site.title}</h1>
        {site.summary ? <p className="lead">{site.summary}</p> : null}
      </header>
      {site.image ? (
        <img
          className="heritage__hero"
          src={site.image.url}
          alt={site.image.alt}
          width={site.image.width ?? 1280}
          height={site.image.height ?? 720}
          fetchPriority="high"
        />
      ) : null}

      <dl className="facts">
        {site.hours ? (
          <div>
            <dt>{t.heritage.hours}</dt>
            <dd>{site.hours}</dd>
          </div>
        ) : null}
        {site.ticketPriceVnd !== null ? (
          <div>
            <dt>{t.heritage.ticket}</dt>
            <dd>
              {site.ticketPriceVnd === 0 ? t.heritage.free : <Price amount={site.ticketPriceVnd} />}
            </dd>
          </div>
        ) : null}
        {site.address ? (
          <div>
            <dt>{t.heritage.address}</dt>
            <dd>{site.address}</dd>
          </div>
        ) : null}
      </dl>

      {site.audioGuide ? (
        <section className="section" aria-labelledby="audio">
          <h2 id="audio">{t.heritage.audioGuide}</h2>
          <AudioGuide
            guide={site.audioGuide}
            locale={locale}
            captionsLabel={t.heritage.captionsLabel}
          />
        </section>
      ) : null}

      <div className="prose">
        {site.paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
        {site.keyFacts.length > 0 ? (
          <ul>
            {site.keyFacts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
        ) : null}
      </div>

      {site.panoramas.length > 0 ? (
        <section className="section" aria-labelledby="tour360">
          <h2 id="tour360">{t.heritage.tour360}</h2>
          <PanoramaViewerLazy
            panoramas={site.panoramas}
            locale={locale}
            labels={{
              open: t.heritage.open360,
              loading: t.heritage.loading,
              title: site.title,
              hotspots: t.heritage.hotspots,
              followHint: t.heritage.followHint,
            }}
          />
        </section>
      ) : null}

      {site.models.length > 0 ? (
        <section className="section" aria-labelledby="model3d">
          <h2 id="model3d">{t.heritage.model3d}</h2>
          {site.models.map((model) => (
            <figure key={model.id} className="viewer__figure">
              <ModelViewerLazy
                model={model}
                labels={{
                  open: t.heritage.open3d,
                  loading: t.heritage.loading,
                  noWebgl: t.heritage.noWebgl,
                  annotations: t.heritage.annotations,
                }}
              />
              {site.models.length > 1 ? <figcaption>{model.title}</figcaption> : null}
            </figure>
          ))}
        </section>
      ) : null}

      {site.gallery.length > 0 ? (
        <section className="section" aria-labelledby="gallery">
          <h2 id="gallery">{t.heritage.gallery}</h2>
          <ul className="gallery">
            {site.gallery.map((image) => (
              <li key={image.url}>
                <a href={image.url}>
                  <img
                    src={image.url}
                    alt={image.alt}
                    width={image.width ?? 640}
                    height={image.height ?? 480}
                    loading="lazy"
                    decoding="async"
                  />
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {site.location ? (
        <section className="section" aria-labelledby="location">
          <h2 id="location">{t.heritage.onMap}</h2>
          <MapSnippet
            point={site.location}
            label={site.title}
            mapHref={localePath(locale, `/map?focus=heritage:${site.slug}`)}
            linkText={t.map.title}
          />
        </section>
      ) : null}

      {relatedFestivals.length > 0 ? (
        <section className="section" aria-labelledby="related-festivals">
          <h2 id="related-festivals">{t.heritage.relatedFestivals}</h2>
          <ul className="event-list">
            {relatedFestivals.map((festival) => (
              <li key={festival.id}>
                <Link href={localePath(locale, `/festivals/${festival.slug}`)}>
                  {festival.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {site.relatedProductHandles.length > 0 ? (
        <section className="section" aria-labelledby="related" data-testid="commerce-products">
          <h2 id="related">{t.heritage.relatedProducts}</h2>
          {related.ok ? (
            <div className="grid">
              {related.data.map((product) => (
                <ProductCard key={product.id} product={product} locale={locale} t={t} />
              ))}
            </div>
          ) : (
            <UnavailableNotice title={t.unavailable.title} text={t.unavailable.commerce} />
          )}
        </section>
      ) : null}
    </article>
  )
}
