import type { DocumentType, Locale } from '../documents/search-document.js'

const pathByType: Record<DocumentType, (slug: string) => string> = {
  heritage: (slug) => `/heritage/${slug}`,
  festival: (slug) => `/festivals/${slug}`,
  product: (slug) => `/shop/${slug}`,
  experience: (slug) => `/experiences/${slug}`,
  cooperative: (slug) => `/cooperatives/${slug}`,
  place: (slug) => `/places/${slug}`,
  story: (slug) => `/stories/${slug}`,
}

/**
 * The storefront path of a search hit: Vietnamese (the default language) at `/…`, English at
 * `/en/…`, with the storefront's own route names.
 */
export function storefrontPath(type: DocumentType, slug: string, locale: Locale): string {
  const path = pathByType[type](encodeURIComponent(slug))

  return locale === 'vi' ? path : `/${locale}${path}`
}
