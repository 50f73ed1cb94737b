import type { TenantKey } from '@/clients/cms/find-tenant'

const slugPattern = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/

/** Strips the port and any trailing dot from a Host header and lowercases it. */
export function hostName(host: string): string {
  const trimmed = host.trim().toLowerCase()
  const withoutPort = trimmed.startsWith('[')
    ? trimmed.slice(0, trimmed.indexOf(']') + 1)
    : trimmed.replace(/:\d+$/, '')

  return withoutPort.replace(/\.$/, '')
}

/**
 * Says which tenant a Host header names: `localhost`, `127.0.0.1` and `[::1]` serve the default
 * tenant, `<slug>.localhost` the tenant with that slug, and any other host the tenant that
 * lists it among its `domains`.
 */
export function tenantKeyFromHost(host: string | null | undefined, defaultSlug: string): TenantKey {
  const name = hostName(host ?? '')
  if (name === '' || name === 'localhost' || name === '127.0.0.1' || name === '[::1]') {
    return { by: 'slug', slug: defaultSlug }
  }
  if (name.endsWith('.localhost')) {
    const slug = name.slice(0, -'.localhost'.length)
    if (slugPattern.test(slug)) return { by: 'slug', slug }
  }

  return { by: 'domain', domain: name }
}
