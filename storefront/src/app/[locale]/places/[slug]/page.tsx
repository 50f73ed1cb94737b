import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPlace } from '@/clients/cms/get-place-or-story'
import { MapSnippet } from '@/components/map/map-snippet'
import { JsonLd } from '@/components/ui/json-ld'
import { UnavailableNotice } from '@/components/ui/unavailable-notice'
import { localePath } from '@/i18n/locales'
import { alternates } from '@/lib/alternates'
import { pageContext } from '@/lib/page-context'
import { requestOrigin } from '@/lib/request-origin'
import { load } from '@/lib/result'

type Props = { params: Promise<{ locale: string; slug: string }> }

/** Title, description and alternates of a place page. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const { locale, tenant, cmsUp } = await pageContext(params)
  if (!cmsUp) return {}
  const place = await load('cms.place', () => getPlace(tenant.id, slug, locale))
  if (!place.ok || !place.data) return {}

  return {
    title: place.data.title,
    description: place.data.summary ?? undefined,
    alternates: alternates(locale, `/places/${slug}`),
  }
}

/** A tourism place: what it is, hours, address, contact, pictures and where. */
export default async function PlacePage({ params }: Props) {
  const { slug } = await params
  const { locale, t, tenant, cmsUp } = await pageContext(params)
  const origin = await requestOrigin()
  const loaded = cmsUp
    ? await load('cms.place', () => getPlace(tenant.id, slug, locale))
    : ({ ok: false, code: 'upstream_unavailable' } as const)
  if (!loaded.ok) {
    return (
      <UnavailableNotice
        title={t.unavailable.title}
        text={t.unavailable.cms}
        testId="cms-unavailable"
      />
    )
  }
  const place = loaded.data
  if (!place) notFound()

  return (
    <article data-testid="cms-content">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'TouristAttraction',
          name: place.title,
          description: place.summary ?? undefined,
          url: new URL(localePath(locale, `/places/${slug}`), origin).toString(),
          address: place.address ?? undefined,
          openingHours: place.hours ?? undefined,
        }}
      />
      <p className="eyebrow">{place.kind}</p>
      <h1>{place.title}</h1>
      {place.summary ? <p className="lead">{place.summary}</p> : null}
      <dl className="facts">
        {place.hours ? (
          <div>
            <dt>{t.heritage.hours}</dt>
            <dd>{place.hours}</dd>
          </div>
        ) : null}
        {place.address ? (
          <div>
            <dt>{t.heritage.address}</dt>
            <dd>{place.address}</dd>
          </div>
        ) : null}
        {place.contact ? (
          <div>
            <dt>{t.footer.contact}</dt>
            <dd>{place.contact}</dd>
          </div>
        ) : null}
      </dl>
      <div className="prose">
        {place.paragraphs.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      {place.images.length > 0 ? (
        <ul className="gallery">
          {place.images.map((image) => (
            <li key={image.url}>
              <img
                src={image.url}
                alt={image.alt}
                width={image.width ?? 640}
                height={image.height ?? 480}
                loading="lazy"
                decoding="async"
              />
            </li>
          ))}
        </ul>
      ) : null}
      {place.location ? (
        <section className="section" aria-labelledby="location">
          <h2 id="location">{t.heritage.onMap}</h2>
          <MapSnippet
            point={place.location}
            label={place.title}
            mapHref={localePath(locale, '/map')}
            linkText={t.map.title}
          />
        </section>
      ) : null}
    </article>
  )
}
