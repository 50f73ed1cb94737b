import { pathSegment } from '@/lib/path-segment'
import type { Cooperative, Locale, Tenant } from '@/domain/types'
import { StorefrontError } from '@/lib/errors'
import { storeRequest } from './commerce-request'
import { mapCooperative } from './map-product'
import { HoaBanCooperativeAnswer, HoaBanCooperativeList } from './schemas'

/** The cooperatives selling on the tenant's site. */
export async function listCooperatives(tenant: Tenant, locale: Locale): Promise<Cooperative[]> {
  const answer = await storeRequest(tenant, '/store/hoaban/cooperatives', HoaBanCooperativeList, {
    query: { limit: 100 },
    revalidate: 60,
  })

  return answer.cooperatives.map((cooperative) => mapCooperative(cooperative, locale))
}

/** One cooperative by handle; null when there is none. */
export async function getCooperative(
  tenant: Tenant,
  handle: string,
  locale: Locale,
): Promise<Cooperative | null> {
  try {
    const answer = await storeRequest(
      tenant,
      `/store/hoaban/cooperatives/${pathSegment(handle)}`,
      HoaBanCooperativeAnswer,
      { revalidate: 60 },
    )

    return mapCooperative(answer.cooperative, locale)
  } catch (error) {
    if (error instanceof StorefrontError && error.code === 'not_found') return null
    throw error
  }
}
