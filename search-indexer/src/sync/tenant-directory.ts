import type { CmsClient, CmsTenant } from '../sources/cms-client.js'

/** Tenants read from the CMS, cached briefly so a burst of notifications asks once. */
export class TenantDirectory {
  private cached: { at: number; tenants: CmsTenant[] } | null = null

  constructor(
    private readonly cms: CmsClient,
    private readonly ttlMs = 30_000,
  ) {}

  /** All tenants; `fresh` skips the cache (reconciliation and reindex want the truth). */
  async all(fresh = false): Promise<CmsTenant[]> {
    if (!fresh && this.cached !== null && Date.now() - this.cached.at < this.ttlMs) {
      return this.cached.tenants
    }
    const tenants = await this.cms.listTenants()
    this.cached = { at: Date.now(), tenants }

    return tenants
  }

  /** One tenant by slug, or null when the CMS does not know it. */
  async find(slug: string): Promise<CmsTenant | null> {
    const cached = (await this.all()).find((tenant) => tenant.slug === slug)
    if (cached !== undefined) return cached

    return (await this.all(true)).find((tenant) => tenant.slug === slug) ?? null
  }
}
