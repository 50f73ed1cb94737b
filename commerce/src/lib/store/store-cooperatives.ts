import type { Knex } from '@medusajs/framework/mikro-orm/knex'
import type { Localized } from './hoaban-product'

/** A cooperative as the store shows it; the payout account and members are never included. */
export type HoaBanCooperative = {
  id: string
  handle: string
  kind: 'cooperative' | 'household_business' | 'company'
  name: Localized
  description: Localized
  commune: string | null
  district: string | null
  /** Where the map shows it (approximate, see `data/map-anchors.json`); null when unknown. */
  lat: number | null
  lng: number | null
  tenant_slug: string
  logo_url: string | null
  contact: Record<string, unknown> | null
  product_count: number
  updated_at: string
}

type Row = {
  id: string
  handle: string
  kind: HoaBanCooperative['kind']
  name_vi: string
  name_en: string
  description_vi: string | null
  description_en: string | null
  commune: string | null
  district: string | null
  tenant_slug: string
  logo_url: string | null
  contact: Record<string, unknown> | null
  metadata: Record<string, unknown> | null
  product_count: string | number
  updated_at: Date | string
}

const coordinate = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null

/**
 * Cooperatives visible through the given sales channels: those of the channels' tenants and
 * those with a published product on the channels, with that product count. One SQL query.
 */
export async function listStoreCooperatives(
  pg: Knex,
  input: { salesChannelIds: string[]; limit: number; offset: number; handle?: string },
): Promise<{ cooperatives: HoaBanCooperative[]; count: number }> {
  if (input.salesChannelIds.length === 0) return { cooperatives: [], count: 0 }

  const productCount = pg('cooperative_cooperative_product_product as cp')
    .join('product as p', 'p.id', 'cp.product_id')
    .whereRaw('cp.cooperative_id = c.id')
    .whereNull('cp.deleted_at')
    .whereNull('p.deleted_at')
    .where('p.status', 'published')
    .whereExists(
      pg('product_sales_channel as psc')
        .select(pg.raw('1'))
        .whereRaw('psc.product_id = p.id')
        .whereNull('psc.deleted_at')
        .whereIn('psc.sales_channel_id', input.salesChannelIds),
    )
    .count('*')
  const tenants = pg('sales_channel as sc')
    .select(pg.raw("sc.metadata->>'tenant'"))
    .whereIn('sc.id', input.salesChannelIds)
    .whereNull('sc.deleted_at')

  const base = pg
    .from(
      pg('cooperative as c')
        .select('c.*', productCount.as('product_count'))
        .whereNull('c.deleted_at')
        .as('c'),
    )
    .where((q) => q.where('c.product_count', '>', 0).orWhereIn('c.tenant_slug', tenants))
  const handle = input.handle
  if (handle) base.where((q) => q.where('c.handle', handle).orWhere('c.id', handle))

  const [rows, total] = await Promise.all([
    base.clone().select('*').orderBy('c.name_vi').limit(input.limit).offset(input.offset),
    base.clone().count<{ count: string }[]>('* as count'),
  ])

  return {
    cooperatives: (rows as Row[]).map((r) => ({
      id: r.id,
      handle: r.handle,
      kind: r.kind,
      name: { vi: r.name_vi, en: r.name_en },
      description: { vi: r.description_vi ?? '', en: r.description_en ?? '' },
      commune: r.commune,
      district: r.district,
      lat: coordinate(r.metadata?.lat),
      lng: coordinate(r.metadata?.lng),
      tenant_slug: r.tenant_slug,
      logo_url: r.logo_url,
      contact: r.contact,
      product_count: Number(r.product_count),
      updated_at: new Date(r.updated_at).toISOString(),
    })),
    count: Number(total[0]?.count ?? 0),
  }
}
