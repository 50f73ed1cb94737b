import type { MetadataRoute } from 'next'
import { listFestivals, listPlaces } from '@/clients/cms/list-festivals'
import { listHeritageSites } from '@/clients/cms/list-heritage-sites'
import { listCooperatives } from '@/clients/commerce/list-cooperatives'
import { listProducts } from '@/clients/commerce/list-products'
import { localePath, locales } from '@/i18n/locales'
import { requestOrigin } from '@/lib/request-origin'
import { load } from '@/lib/result'
import { currentTenant } from '@/tenants/current-tenant'

export const dynamic = 'force-dynamic'

/** Every public page of the request's tenant in both languages, with alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = await requestOrigin()
  const resolved = await currentTenant('vi')
  const paths = ['/', '/heritage', '/festivals', '/stories', '/map', '/shop', '/experiences']
  if (resolved.status === 'found') {
    const tenant = resolved.tenant
    const [heritage, festivals, places, products, cooperatives] = await Promise.all([
      load('cms.heritage', () => listHeritageSites(tenant.id, 'vi', 500)),
      load('cms.festivals', () => listFestivals(tenant.id, 'vi')),
      load('cms.places', () => listPlaces(tenant.id, 'vi')),
      load('commerce.products', () => listProducts(tenant, 'vi', { limit: 100 })),
      load('commerce.cooperatives', () => listCooperatives(tenant, 'vi')),
    ])
    if (heritage.ok) paths.push(...heritage.data.map((site) => `/heritage/${site.slug}`))
    if (festivals.ok) paths.push(...festivals.data.map((festival) => `/festivals/${festival.slug}`))
    if (places.ok) paths.push(...places.data.map((place) => `/places/${place.slug}`))
    if (products.ok) {
      paths.push(
        ...products.data.products.map((product) =>
          product.kind === 'experience'
            ? `/experiences/${product.handle}`
            : `/shop/${product.handle}`,
        ),
      )
    }
    if (cooperatives.ok)
      paths.push(...cooperatives.data.map((cooperative) => `/cooperatives/${cooperative.handle}`))
  }

  return paths.flatMap((path) =>
    locales.map((locale) => ({
      url: `${base}${localePath(locale, path)}`,
      alternates: {
        languages: {
          vi: `${base}${localePath('vi', path)}`,
          en: `${base}${localePath('en', path)}`,
        },
      },
    })),
  )
}
