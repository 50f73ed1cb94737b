import type { Metadata } from 'next'
import { listFestivals, listPlaces } from '@/clients/cms/list-festivals'
import { listHeritageSites } from '@/clients/cms/list-heritage-sites'
import { listCooperatives } from '@/clients/commerce/list-cooperatives'
import { listProducts } from '@/clients/commerce/list-products'
import { MapExplorer } from '@/components/map/map-explorer'
import type { MapPoint } from '@/components/map/map-types'
import { UnavailableNotice } from '@/components/ui/unavailable-notice'
import { env } from '@/config/env'
import { localePath } from '@/i18n/locales'
import { alternates } from '@/lib/alternates'
import { pageContext } from '@/lib/page-context'
import { load } from '@/lib/result'

type Props = { params: Promise<{ locale: string }> }

/** Title and language alternates of the map. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t, locale } = await pageContext(params)

  return { title: t.map.title, description: t.map.intro, alternates: alternates(locale, '/map') }
}

/** The tourism map of the tenant: every located item from the CMS and commerce. */
export default async function MapPage({ params }: Props) {
  const { locale, t, tenant, cmsUp } = await pageContext(params)
  const cmsDown = { ok: false, code: 'upstream_unavailable' } as const
  const [heritage, places, festivals, cooperatives, experiences] = await Promise.all([
    cmsUp ? load('cms.heritage', () => listHeritageSites(tenant.id, locale)) : cmsDown,
    cmsUp ? load('cms.places', () => listPlaces(tenant.id, locale)) : cmsDown,
    cmsUp ? load('cms.festivals', () => listFestivals(tenant.id, locale)) : cmsDown,
    load('commerce.cooperatives', () => listCooperatives(tenant, locale)),
    load('commerce.experiences', () =>
      listProducts(tenant, locale, { kind: 'experience', limit: 100 }),
    ),
  ])
  const points: MapPoint[] = []
  const add = (point: Omit<MapPoint, 'lat' | 'lng'>, at: { lat: number; lng: number } | null) => {
    if (at) points.push({ ...point, lat: at.lat, lng: at.lng })
  }
  if (heritage.ok) {
    for (const site of heritage.data) {
      add(
        {
          id: site.slug,
          type: 'heritage',
          title: site.title,
          url: localePath(locale, `/heritage/${site.slug}`),
        },
        site.location,
      )
    }
  }
  if (places.ok) {
    for (const place of places.data) {
      add(
        {
          id: place.slug,
          type: 'place',
          title: place.title,
          url: localePath(locale, `/places/${place.slug}`),
        },
        place.location,
      )
    }
  }
  if (festivals.ok) {
    for (const festival of festivals.data) {
      add(
        {
          id: festival.slug,
          type: 'festival',
          title: festival.title,
          url: localePath(locale, `/festivals/${festival.slug}`),
        },
        festival.location,
      )
    }
  }
  if (cooperatives.ok) {
    for (const cooperative of cooperatives.data) {
      add(
        {
          id: cooperative.handle,
          type: 'cooperative',
          title: cooperative.name,
          url: localePath(locale, `/cooperatives/${cooperative.handle}`),
        },
        cooperative.location,
      )
    }
  }
  if (experiences.ok) {
    for (const experience of experiences.data.products) {
      add(
        {
          id: experience.handle,
          type: 'experience',
          title: experience.title,
          url: localePath(locale, `/experiences/${experience.handle}`),
        },
        experience.origin.location,
      )
    }
  }
  const cmsFailed = [heritage, places, festivals].some((result) => !result.ok)
  const commerceFailed = [cooperatives, experiences].some((result) => !result.ok)
  const center = tenant.map ?? { lat: 21.386, lng: 103.017, zoom: 13 }

  return (
    <>
      <h1>{t.map.title}</h1>
      <p className="lead">{t.map.intro}</p>
      {cmsFailed ? (
        <UnavailableNotice title={t.unavailable.title} text={t.unavailable.cms} />
      ) : null}
      {commerceFailed ? (
        <UnavailableNotice title={t.unavailable.title} text={t.unavailable.commerce} />
      ) : null}
      <MapExplorer
        points={points}
        center={center}
        styleUrl={env().MAP_STYLE_URL ?? null}
        labels={{
          open: t.map.open,
          types: t.map.types,
          filter: t.map.filter,
          list: t.map.listFallback,
          noBasemap: t.map.noBasemap,
        }}
      />
    </>
  )
}
