import type { Locale, SearchDocument } from '../documents/search-document.js'
import type { HoaBanCooperative, HoaBanProduct } from '../sources/commerce-client.js'
import { storefrontPath } from './storefront-path.js'

type Localized = { vi?: string | null; en?: string | null } | null | undefined

/** The text in the wanted locale, else the other one (the platform's visible fallback rule). */
export function pick(value: Localized, locale: Locale): string {
  const other: Locale = locale === 'vi' ? 'en' : 'vi'

  return (value?.[locale] ?? '').trim() || (value?.[other] ?? '').trim()
}

function summaryOf(text: string): string {
  if (text.length <= 280) return text
  const cut = text.slice(0, 280)

  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 200)).trim()}…`
}

/** Maps a commerce product or experience to the search document of one tenant and locale. */
export function mapCommerceProduct(
  product: HoaBanProduct,
  locale: Locale,
  tenant: string,
): SearchDocument | null {
  const title = pick(product.title, locale)
  if (title === '') return null
  const description = pick(product.description, locale)
  const cooperative = product.cooperative ? pick(product.cooperative.name, locale) : ''
  const origin = product.origin_place
  const validStars = product.ocop?.status === 'valid' ? (product.ocop.stars ?? null) : null
  const group = product.ocop?.group ?? null
  const tags = [group, cooperative, origin?.commune, product.kind].filter(
    (tag): tag is string => typeof tag === 'string' && tag !== '',
  )

  return {
    id: `product:${product.id}`,
    tenant,
    locale,
    type: product.kind,
    source: 'commerce',
    title,
    summary: summaryOf(description),
    text: [description, cooperative, product.ocop?.certificate_number ?? '']
      .filter(Boolean)
      .join('\n'),
    tags,
    url: storefrontPath(product.kind, product.handle, locale),
    image: product.thumbnail ?? null,
    _geo:
      typeof origin?.lat === 'number' && typeof origin.lng === 'number'
        ? { lat: origin.lat, lng: origin.lng }
        : null,
    price: product.price_vnd ?? null,
    stars: validStars !== null && validStars >= 1 && validStars <= 5 ? validStars : null,
    productGroup: group,
    commune: origin?.commune ?? null,
    dates: (product.sessions ?? []).map((session) => ({
      start: session.starts_at,
      end: session.ends_at ?? null,
    })),
    updatedAt: new Date(product.updated_at).toISOString(),
  }
}

/** Maps a cooperative to the search document of one tenant and locale. */
export function mapCooperative(
  coop: HoaBanCooperative,
  locale: Locale,
  tenant: string,
): SearchDocument | null {
  const title = pick(coop.name, locale)
  if (title === '') return null
  const description = pick(coop.description, locale)

  return {
    id: `cooperative:${coop.id ?? coop.handle}`,
    tenant,
    locale,
    type: 'cooperative',
    source: 'commerce',
    title,
    summary: summaryOf(description),
    text: description,
    tags: [coop.commune].filter((tag): tag is string => typeof tag === 'string' && tag !== ''),
    url: storefrontPath('cooperative', coop.handle, locale),
    image: coop.logo_url ?? null,
    _geo:
      typeof coop.lat === 'number' && typeof coop.lng === 'number'
        ? { lat: coop.lat, lng: coop.lng }
        : null,
    price: null,
    stars: null,
    productGroup: null,
    commune: coop.commune ?? null,
    dates: [],
    updatedAt: new Date(coop.updated_at ?? 0).toISOString(),
  }
}
