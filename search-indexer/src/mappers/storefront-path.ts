import type { DocumentType, Locale } from '../documents/search-document.js'

const pathByType: Record<DocumentType, (slug: string) => string> = {
  heritage: (slug) => `/heritage/${slug}`,
  festival: (slug) => `/festivals/${slug}`,
  product: (slug) => `/shop/${slug}`,
  experience: (slug) => `/experiences/${slug}`,
  cooperative: (slug) => `/cooperatives/${slug}`,
  // Places and stories have no page of their own on the storefront: a place is focused on the
  // map, a story links to the heritage list, the closest page that exists.
  place: (slug) => `/map?focus=${slug}`,
  story: () => '/heritage',
}

/**
 * The storefront path of a search hit: Vietnamese (the default language) at `/…`, English at
 * `/en/…`, with the storefront's own route names.
 */
export function storefrontPath(type: DocumentType, slug: string, locale: Locale): string {
  const path = pathByType[type](encodeURIComponent(slug))

  return locale === 'vi' ? path : `/${locale}${path}`
}
