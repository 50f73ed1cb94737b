import { env } from '@/config/env'
import type { ImageRef, Locale, Product } from '@/domain/types'
import type { HoaBanCooperative, HoaBanProduct, MedusaProductList } from './schemas'

type Localized = { vi?: string | null; en?: string | null }

/** Picks the locale's text, falling back to Vietnamese, then English. */
export function pickLocale(text: Localized | null | undefined, locale: Locale): string | null {
  if (!text) return null
  const value = text[locale]?.trim() || text.vi?.trim() || text.en?.trim()

  return value || null
}

/**
 * Serves a commerce file through the storefront's own origin (`/commerce/...`); other absolute
 * URLs are kept as they are.
 */
export function commerceFileUrl(url: string): string {
  const commerce = new URL(env().COMMERCE_URL)
  try {
    const parsed = new URL(url, commerce)
    const sameHost =
      parsed.host === commerce.host ||
      (parsed.port === commerce.port && ['localhost', '127.0.0.1'].includes(parsed.hostname))
    if (sameHost) return `/commerce${parsed.pathname}${parsed.search}`
  } catch {
    return url
  }

  return url
}

function image(url: string | null | undefined, alt: string): ImageRef | null {
  return url ? { url: commerceFileUrl(url), alt, width: null, height: null } : null
}

/** Turns our store product shape into the site's Product. */
export function mapHoaBanProduct(raw: HoaBanProduct, locale: Locale): Product {
  const title = pickLocale(raw.title, locale) ?? raw.handle
  const images = (raw.images ?? [])
    .map((entry) => image(typeof entry === 'string' ? entry : entry.url, title))
    .filter((entry): entry is ImageRef => entry !== null)
  const variants = (raw.variants ?? []).map((variant) => ({
    id: variant.id,
    title: variant.title ?? title,
    priceVnd: variant.price_vnd ?? null,
    inventoryQuantity: variant.inventory_quantity ?? null,
  }))
  const origin = raw.origin_place

  return {
    id: raw.id,
    handle: raw.handle,
    kind: raw.kind,
    title,
    description: pickLocale(raw.description, locale),
    thumbnail: image(raw.thumbnail, title) ?? images[0] ?? null,
    images,
    priceVnd: raw.price_vnd ?? variants[0]?.priceVnd ?? null,
    variants,
    ocop: raw.ocop
      ? {
          // An expired certificate never shows stars, whatever the upstream sent.
          stars: raw.ocop.status === 'valid' ? (raw.ocop.stars ?? null) : null,
          status: raw.ocop.status,
          group: raw.ocop.group ?? null,
          certificateNumber: raw.ocop.certificate_number ?? null,
          issuedAt: raw.ocop.issued_at ?? null,
          expiresAt: raw.ocop.expires_at ?? null,
        }
      : null,
    cooperative: raw.cooperative
      ? {
          handle: raw.cooperative.handle,
          name: pickLocale(raw.cooperative.name, locale) ?? raw.cooperative.handle,
        }
      : null,
    origin: {
      commune: origin?.commune ?? null,
      location:
        typeof origin?.lat === 'number' && typeof origin.lng === 'number'
          ? { lat: origin.lat, lng: origin.lng }
          : null,
    },
    updatedAt: raw.updated_at ?? null,
  }
}

type MedusaProduct = MedusaProductList['products'][number]

/** Turns a standard Medusa store product (the fallback route) into the site's Product. */
export function mapMedusaProduct(raw: MedusaProduct, locale: Locale): Product {
  const metadata = raw.metadata ?? {}
  const localizedTitle = metadata[`title_${locale}`]
  const title = typeof localizedTitle === 'string' && localizedTitle ? localizedTitle : raw.title
  const variants = (raw.variants ?? []).map((variant) => ({
    id: variant.id,
    title: variant.title ?? title,
    priceVnd: variant.calculated_price?.calculated_amount ?? null,
    inventoryQuantity: variant.inventory_quantity ?? null,
  }))
  const images = (raw.images ?? []).map((entry) => ({
    url: commerceFileUrl(entry.url),
    alt: title,
    width: null,
    height: null,
  }))

  return {
    id: raw.id,
    handle: raw.handle,
    kind: metadata.kind === 'experience' ? 'experience' : 'product',
    title,
    description: raw.description ?? null,
    thumbnail: image(raw.thumbnail, title) ?? images[0] ?? null,
    images,
    priceVnd: variants.find((variant) => variant.priceVnd !== null)?.priceVnd ?? null,
    variants,
    ocop: null,
    cooperative: null,
    origin: { commune: null, location: null },
    updatedAt: raw.updated_at ?? null,
  }
}

/** Turns our cooperative shape into the site's Cooperative. */
export function mapCooperative(raw: HoaBanCooperative, locale: Locale) {
  const name = pickLocale(raw.name, locale) ?? raw.handle

  return {
    handle: raw.handle,
    name,
    description: pickLocale(raw.description, locale),
    commune: raw.commune ?? null,
    location:
      typeof raw.lat === 'number' && typeof raw.lng === 'number'
        ? { lat: raw.lat, lng: raw.lng }
        : null,
    image: image(raw.image ?? raw.logo_url ?? raw.logo, name),
  }
}
