import type { Locale, ProductPage, Tenant } from '@/domain/types'
import { StorefrontError } from '@/lib/errors'
import { storeRequest } from './commerce-request'
import { mapHoaBanProduct, mapMedusaProduct } from './map-product'
import { HoaBanProductList, MedusaProductList } from './schemas'
import { findVndRegion } from './find-vnd-region'

/** Filters of the product list (the shop's facets). */
export interface ProductFilters {
  limit?: number
  offset?: number
  kind?: 'product' | 'experience'
  cooperative?: string
  group?: string
  stars?: number
}

/**
 * The tenant's products from our store route; when commerce does not have that route yet, the
 * standard Medusa product list (prices of the tenant's VND region) stands in without facets.
 */
export async function listProducts(
  tenant: Tenant,
  locale: Locale,
  filters: ProductFilters = {},
): Promise<ProductPage> {
  try {
    const answer = await storeRequest(tenant, '/store/hoaban/products', HoaBanProductList, {
      query: {
        limit: filters.limit ?? 24,
        offset: filters.offset ?? 0,
        kind: filters.kind,
        cooperative: filters.cooperative,
        group: filters.group,
        stars: filters.stars,
      },
      revalidate: 30,
    })

    return {
      products: answer.products.map((product) => mapHoaBanProduct(product, locale)),
      count: answer.count ?? answer.products.length,
    }
  } catch (error) {
    if (!(error instanceof StorefrontError) || error.code !== 'not_found') throw error
  }

  const region = await findVndRegion(tenant)
  const answer = await storeRequest(tenant, '/store/products', MedusaProductList, {
    query: {
      limit: filters.limit ?? 24,
      offset: filters.offset ?? 0,
      region_id: region?.id,
      fields: '*variants.calculated_price,+variants.inventory_quantity,+metadata',
    },
    revalidate: 30,
  })

  return {
    products: answer.products.map((product) => mapMedusaProduct(product, locale)),
    count: answer.count ?? answer.products.length,
  }
}
