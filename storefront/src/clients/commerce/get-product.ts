import { pathSegment } from '@/lib/path-segment'
import type { Locale, Product, Tenant } from '@/domain/types'
import { StorefrontError } from '@/lib/errors'
import { storeRequest } from './commerce-request'
import { mapHoaBanProduct } from './map-product'
import { HoaBanProductAnswer } from './schemas'

/** One product or experience of the tenant by handle; null when the tenant does not sell it. */
export async function getProduct(
  tenant: Tenant,
  handle: string,
  locale: Locale,
): Promise<Product | null> {
  try {
    const answer = await storeRequest(
      tenant,
      `/store/hoaban/products/${pathSegment(handle)}`,
      HoaBanProductAnswer,
      { revalidate: 30 },
    )

    return mapHoaBanProduct(answer.product, locale)
  } catch (error) {
    if (error instanceof StorefrontError && error.code === 'not_found') return null
    throw error
  }
}

/** Several products by handle, skipping those the tenant does not sell. */
export async function getProducts(
  tenant: Tenant,
  handles: string[],
  locale: Locale,
): Promise<Product[]> {
  const found = await Promise.all(
    handles.slice(0, 8).map((handle) => getProduct(tenant, handle, locale)),
  )

  return found.filter((product): product is Product => product !== null)
}
