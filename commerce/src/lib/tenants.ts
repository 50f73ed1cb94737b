/** A Hoa Ban tenant as commerce knows it: a sales channel and a publishable key. */
export type TenantRef = { slug: string; name: string }

/** The demo tenants. `dien-bien-phu` is the ward's shop for the whole area. */
export const DEMO_TENANTS: readonly TenantRef[] = [
  { slug: 'dien-bien-phu', name: 'Điện Biên Phủ' },
  { slug: 'muong-phang', name: 'Mường Phăng' },
]

/** The tenant that lists every product of the area. */
export const AREA_TENANT_SLUG = 'dien-bien-phu'

/** Sales channel name from the cross-service contract: `Hoa Ban – <tenant name>`. */
export function salesChannelName(tenant: TenantRef): string {
  return `Hoa Ban – ${tenant.name}`
}

/** Publishable key title from the contract: names the tenant and ends with `(<slug>)`. */
export function publishableKeyTitle(tenant: TenantRef): string {
  return `Hoa Ban – ${tenant.name} (${tenant.slug})`
}

/** Reads the tenant slug back from a publishable key title, or null when it has none. */
export function slugFromKeyTitle(title: string): string | null {
  const match = /\(([a-z0-9-]+)\)\s*$/.exec(title)

  return match?.[1] ?? null
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost'])

/**
 * The storefront origin of a tenant, for links in messages (invites, password resets): the
 * default tenant is STOREFRONT_URL itself; another tenant is the same URL with host
 * `<slug>.localhost` when STOREFRONT_URL is local, or `<slug>.<host>` otherwise.
 */
export function storefrontUrlFor(
  slug: string,
  env: { STOREFRONT_URL: string; DEFAULT_TENANT: string },
): string {
  const url = new URL(env.STOREFRONT_URL)
  if (slug !== env.DEFAULT_TENANT) {
    url.hostname = LOCAL_HOSTS.has(url.hostname) ? `${slug}.localhost` : `${slug}.${url.hostname}`
  }

  return url.origin
}
