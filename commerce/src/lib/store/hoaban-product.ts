/** Text in both site languages. */
export type Localized = { vi: string; en: string }

/** The OCOP certificate as the store shows it; `stars` is null unless valid today. */
export type StoreOcop = {
  stars: number | null
  status: 'valid' | 'expired' | 'revoked' | 'pending'
  group: string
  certificate_number: string | null
  issued_at: string | null
  expires_at: string | null
}

/** The producer of a product as the store shows it. */
export type StoreCooperativeRef = { handle: string; name: Localized }

/** One variant with its price in whole đồng and the quantity buyers can still order. */
export type HoaBanVariant = {
  id: string
  title: string
  price_vnd: number | null
  inventory_quantity: number | null
}

/** Commerce's own product shape for the storefront and the search indexer (the contract). */
export type HoaBanProduct = {
  id: string
  handle: string
  kind: 'product' | 'experience'
  title: Localized
  description: Localized
  thumbnail: string | null
  images: string[]
  price_vnd: number | null
  variants: HoaBanVariant[]
  ocop: StoreOcop | null
  cooperative: StoreCooperativeRef | null
  origin_place: { commune: string | null; lat?: number; lng?: number }
  tenant_slugs: string[]
  updated_at: string
}

/** The product fields `toHoaBanProduct` reads, as Query returns them. */
export type ProductRecord = {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  thumbnail?: string | null
  updated_at: string | Date
  metadata?: Record<string, unknown> | null
  images?: ({ url: string; rank?: number | null } | null)[] | null
  sales_channels?: ({ id: string; metadata?: Record<string, unknown> | null } | null)[] | null
  variants?:
    | ({
        id: string
        title: string | null
        variant_rank?: number | null
        prices?: ({ amount: number | string; currency_code: string } | null)[] | null
      } | null)[]
    | null
}

/** Extras resolved beside the product record (module links, stock). */
export type ProductExtras = {
  availability: Record<string, number | null>
  ocop: StoreOcop | null
  cooperative: StoreCooperativeRef | null
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined

/** Whole đồng from a stored amount; VND has no minor unit, so nothing is divided. */
export function toVnd(amount: number | string): number {
  const value = typeof amount === 'string' ? Number(amount) : amount
  if (!Number.isFinite(value)) throw new Error(`Not an amount: ${amount}`)

  return Math.round(value)
}

/** Maps a Medusa product with its extras to the HoaBanProduct contract shape. */
export function toHoaBanProduct(record: ProductRecord, extras: ProductExtras): HoaBanProduct {
  const meta = record.metadata ?? {}
  const variants: HoaBanVariant[] = (record.variants ?? [])
    .filter((v): v is NonNullable<typeof v> => v !== null)
    .sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
    .map((variant) => {
      const price = (variant.prices ?? []).find((p) => p?.currency_code === 'vnd')

      return {
        id: variant.id,
        title: variant.title ?? '',
        price_vnd: price ? toVnd(price.amount) : null,
        inventory_quantity: extras.availability[variant.id] ?? null,
      }
    })
  // The product's "from" price is its lowest paid one: a free ticket (an infant on an
  // experience) is not what the experience costs. All-free products show 0.
  const prices = variants.map((v) => v.price_vnd).filter((p): p is number => p !== null)
  const paid = prices.filter((p) => p > 0)
  const images = (record.images ?? [])
    .filter((i): i is NonNullable<typeof i> => i !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((i) => i.url)
  const lat = num(meta.origin_lat)
  const lng = num(meta.origin_lng)
  const tenantSlugs = (record.sales_channels ?? [])
    .map((c) => text(c?.metadata?.tenant))
    .filter((slug): slug is string => slug !== null)

  return {
    id: record.id,
    handle: record.handle,
    kind: meta.kind === 'experience' ? 'experience' : 'product',
    title: { vi: record.title, en: text(meta.title_en) ?? record.subtitle ?? record.title },
    description: {
      vi: record.description ?? '',
      en: text(meta.description_en) ?? '',
    },
    thumbnail: record.thumbnail ?? images[0] ?? null,
    images,
    price_vnd: paid.length > 0 ? Math.min(...paid) : prices.length > 0 ? 0 : null,
    variants,
    ocop: extras.ocop,
    cooperative: extras.cooperative,
    origin_place: {
      commune: text(meta.origin_commune),
      ...(lat !== undefined && lng !== undefined ? { lat, lng } : {}),
    },
    tenant_slugs: [...new Set(tenantSlugs)].sort(),
    updated_at: new Date(record.updated_at).toISOString(),
  }
}
