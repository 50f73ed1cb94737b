import type { MedusaContainer } from '@medusajs/framework/types'
import { ContainerRegistrationKeys } from '@medusajs/framework/utils'

/** A product as its cooperative manages it. */
export type VendorProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  status: string
  variants: {
    id: string
    title: string
    sku: string | null
    price_vnd: number | null
    stocked_quantity: number
    reserved_quantity: number
  }[]
  updated_at: string
}

type Row = {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  status: string
  updated_at: string | Date
  variants?: ({
    id: string
    title: string | null
    sku?: string | null
    prices?: ({ amount: number; currency_code: string } | null)[] | null
    inventory_items?: ({
      inventory?: {
        location_levels?: ({ stocked_quantity: number; reserved_quantity: number } | null)[]
      } | null
    } | null)[]
  } | null)[]
}

/** Loads products by id in the vendor shape, stock summed over locations. */
export async function loadVendorProducts(
  container: MedusaContainer,
  ids: string[],
): Promise<VendorProduct[]> {
  if (ids.length === 0) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: 'product',
    fields: [
      'id',
      'handle',
      'title',
      'subtitle',
      'description',
      'status',
      'updated_at',
      'variants.id',
      'variants.title',
      'variants.sku',
      'variants.prices.amount',
      'variants.prices.currency_code',
      'variants.inventory_items.inventory.location_levels.stocked_quantity',
      'variants.inventory_items.inventory.location_levels.reserved_quantity',
    ],
    filters: { id: ids },
  })

  return (data as unknown as Row[]).map((p) => ({
    id: p.id,
    handle: p.handle,
    title: p.title,
    subtitle: p.subtitle ?? null,
    description: p.description ?? null,
    status: p.status,
    updated_at: new Date(p.updated_at).toISOString(),
    variants: (p.variants ?? []).flatMap((v) => {
      if (!v) return []
      const levels = (v.inventory_items ?? []).flatMap((i) => i?.inventory?.location_levels ?? [])
      const sum = (key: 'stocked_quantity' | 'reserved_quantity') =>
        levels.reduce((total, level) => total + Number(level?.[key] ?? 0), 0)
      const price = (v.prices ?? []).find((x) => x?.currency_code === 'vnd')

      return [
        {
          id: v.id,
          title: v.title ?? '',
          sku: v.sku ?? null,
          price_vnd: price ? Number(price.amount) : null,
          stocked_quantity: sum('stocked_quantity'),
          reserved_quantity: sum('reserved_quantity'),
        },
      ]
    }),
  }))
}
