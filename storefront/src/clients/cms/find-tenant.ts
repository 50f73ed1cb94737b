import type { Locale, Tenant } from '@/domain/types'
import { fetchJson } from '../http/fetch-json'
import { cmsUrl } from './cms-url'
import { mapTenant } from './map-tenant'
import { CmsTenant, cmsList } from './schemas'

/** How a request names its tenant: by slug, or by one of the tenant's own host names. */
export type TenantKey = { by: 'slug'; slug: string } | { by: 'domain'; domain: string }

/** Finds the tenant for a key in the CMS; null when the CMS has none. */
export async function findTenant(key: TenantKey, locale: Locale): Promise<Tenant | null> {
  const where =
    key.by === 'slug'
      ? { 'where[slug][equals]': key.slug }
      : { 'where[domains.domain][equals]': key.domain }
  const answer = await fetchJson(
    cmsUrl('tenants', { ...where, limit: 1, depth: 0, locale }),
    cmsList(CmsTenant),
    { service: 'cms', revalidate: 60, tags: ['cms:tenants'] },
  )
  const doc = answer.docs[0]

  return doc ? mapTenant(doc) : null
}
