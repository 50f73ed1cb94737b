import type { Tenant } from '@/domain/types'
import { storeRequest } from './commerce-request'
import { MedusaRegionList } from './schemas'

/** The store's region that sells in VND (the first one otherwise); null when there is none. */
export async function findVndRegion(tenant: Tenant): Promise<{ id: string } | null> {
  const answer = await storeRequest(tenant, '/store/regions', MedusaRegionList, { revalidate: 300 })
  const region =
    answer.regions.find((candidate) => candidate.currency_code.toLowerCase() === 'vnd') ??
    answer.regions[0]

  return region ? { id: region.id } : null
}
