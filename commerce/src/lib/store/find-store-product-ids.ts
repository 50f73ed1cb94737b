import type { Knex } from '@medusajs/framework/mikro-orm/knex'

/** Filters of the store product list (validated at the route). */
export type StoreProductFilter = {
  salesChannelIds: string[]
  limit: number
  offset: number
  kind?: 'product' | 'experience'
  /** A handle, or a product id (search notifications carry ids). */
  handle?: string
  /** Cooperative handle. */
  cooperative?: string
  /** OCOP product group. */
  group?: string
  /** Stars of a certificate valid at `now`. */
  stars?: number
  now?: Date
}

/**
 * Ids of the published products on the given sales channels, one page in title order, and
 * the total count. A single indexed SQL query, so a page costs the same at 10k products.
 */
export async function findStoreProductIds(
  pg: Knex,
  filter: StoreProductFilter,
): Promise<{ ids: string[]; count: number }> {
  if (filter.salesChannelIds.length === 0) return { ids: [], count: 0 }

  const base = pg('product as p')
    .where('p.status', 'published')
    .whereNull('p.deleted_at')
    .whereExists(
      pg('product_sales_channel as psc')
        .select(pg.raw('1'))
        .whereRaw('psc.product_id = p.id')
        .whereNull('psc.deleted_at')
        .whereIn('psc.sales_channel_id', filter.salesChannelIds),
    )
  const handle = filter.handle
  if (handle) base.where((q) => q.where('p.handle', handle).orWhere('p.id', handle))
  if (filter.cooperative) {
    base.whereExists(
      pg('cooperative_cooperative_product_product as cp')
        .select(pg.raw('1'))
        .join('cooperative as c', 'c.id', 'cp.cooperative_id')
        .whereRaw('cp.product_id = p.id')
        .whereNull('cp.deleted_at')
        .whereNull('c.deleted_at')
        .where('c.handle', filter.cooperative),
    )
  }
  if (filter.group || filter.stars !== undefined) {
    const now = filter.now ?? new Date()
    const certificate = pg('product_product_ocop_ocop_certificate as pc')
      .select(pg.raw('1'))
      .join('ocop_certificate as oc', 'oc.id', 'pc.ocop_certificate_id')
      .whereRaw('pc.product_id = p.id')
      .whereNull('pc.deleted_at')
      .whereNull('oc.deleted_at')
    if (filter.group) certificate.where('oc.product_group', filter.group)
    if (filter.stars !== undefined) {
      // Stars count only while the certificate is valid, as the store shows them.
      certificate
        .where('oc.stars', filter.stars)
        .whereNull('oc.revoked_at')
        .where('oc.issued_at', '<=', now)
        .where('oc.expires_at', '>', now)
    }
    base.whereExists(certificate)
  }
  if (filter.kind === 'experience') base.whereRaw("p.metadata->>'kind' = 'experience'")
  if (filter.kind === 'product') {
    base.whereRaw("coalesce(p.metadata->>'kind', 'product') = 'product'")
  }

  const [rows, total] = await Promise.all([
    base
      .clone()
      .select('p.id')
      .orderBy([{ column: 'p.title' }, { column: 'p.id' }])
      .limit(filter.limit)
      .offset(filter.offset),
    base.clone().count<{ count: string }[]>('p.id as count'),
  ])

  return {
    ids: (rows as { id: string }[]).map((r) => r.id),
    count: Number(total[0]?.count ?? 0),
  }
}
