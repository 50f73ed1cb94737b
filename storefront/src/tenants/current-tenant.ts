import { headers } from 'next/headers'
import { cache } from 'react'
import { findTenant } from '@/clients/cms/find-tenant'
import { env } from '@/config/env'
import type { Locale, Tenant } from '@/domain/types'
import { logger } from '@/lib/logger'
import { load } from '@/lib/result'
import { tenantKeyFromHost } from './tenant-key-from-host'

/** The request's tenant, and whether the CMS could be asked about it. */
export type CurrentTenant =
  | { status: 'found'; tenant: Tenant }
  | { status: 'unknown' }
  | { status: 'cms-down'; tenant: Tenant }

function placeholderTenant(slug: string): Tenant {
  const name = slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')

  return {
    id: '',
    slug,
    name,
    domains: [],
    defaultLocale: 'vi',
    map: null,
    contact: null,
    commerce: { salesChannelId: null, publishableKey: null },
  }
}

/**
 * Resolves the tenant from the request's Host header, once per request. When the CMS is down
 * the page still renders for a placeholder tenant (named from the slug) so that each section
 * can say it is temporarily unavailable.
 */
export const currentTenant = cache(async (locale: Locale): Promise<CurrentTenant> => {
  const requestHeaders = await headers()
  const host = requestHeaders.get('x-hoaban-host') || requestHeaders.get('host')
  const key = tenantKeyFromHost(host, env().DEFAULT_TENANT)
  logger.debug({ host, forwardedHost: requestHeaders.get('x-hoaban-host'), key }, 'tenant key')
  const found = await load('cms.tenant', () => findTenant(key, locale))
  if (!found.ok) {
    return {
      status: 'cms-down',
      tenant: placeholderTenant(key.by === 'slug' ? key.slug : env().DEFAULT_TENANT),
    }
  }

  return found.data ? { status: 'found', tenant: found.data } : { status: 'unknown' }
})
