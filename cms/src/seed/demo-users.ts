import type { TenantRole } from '../access/roles'

/** One demo staff account per role per tenant, e.g. editor@muong-phang.hoaban.local. */
export function demoStaffAccounts(
  tenantSlugs: string[],
): { email: string; name: string; tenantSlug: string; role: TenantRole }[] {
  const roles: TenantRole[] = ['tenant-admin', 'editor', 'contributor']

  return tenantSlugs.flatMap((tenantSlug) =>
    roles.map((role) => ({
      email: `${role}@${tenantSlug}.hoaban.local`,
      name: `${role} (${tenantSlug})`,
      tenantSlug,
      role,
    })),
  )
}
