import type { PayloadRequest } from 'payload'

/** Roles a staff member holds inside one tenant. */
export const tenantRoles = ['tenant-admin', 'editor', 'contributor'] as const
export type TenantRole = (typeof tenantRoles)[number]

/** Roles that are not tied to a tenant. */
export const platformRoles = ['platform-admin'] as const
export type PlatformRole = (typeof platformRoles)[number]

/** Tenant roles allowed to publish (contributors save drafts only). */
export const publishingRoles: readonly TenantRole[] = ['tenant-admin', 'editor']

/** The shape of a staff user as the access rules read it. */
export type StaffUser = {
  id: number | string
  collection?: string
  roles?: (PlatformRole | string)[] | null
  tenants?: { tenant: number | string | { id: number | string }; roles?: string[] | null }[] | null
}

type MaybeUser = PayloadRequest['user'] | StaffUser | null | undefined

function asStaff(user: MaybeUser): StaffUser | null {
  if (!user || (user as StaffUser).collection !== 'users') {
    return null
  }

  return user as StaffUser
}

/** The auth strategy that signs the storefront's draft reads in (see preview/). */
export const previewStrategyName = 'storefront-preview'

/** True for the storefront's read-only preview user, signed in by the shared preview key. */
export function isPreviewReader(user: MaybeUser): boolean {
  return (user as { _strategy?: unknown } | null | undefined)?._strategy === previewStrategyName
}

/** True when the user is a platform administrator. */
export function isPlatformAdmin(user: MaybeUser): boolean {
  return Boolean(asStaff(user)?.roles?.includes('platform-admin'))
}

/** The tenant ids in which the user holds at least one of the given roles. */
export function tenantIdsWithRole(
  user: MaybeUser,
  roles: readonly TenantRole[] = tenantRoles,
): (number | string)[] {
  const staff = asStaff(user)
  if (!staff?.tenants) {
    return []
  }

  return staff.tenants
    .filter((row) => (row.roles ?? []).some((role) => roles.includes(role as TenantRole)))
    .map((row) => (typeof row.tenant === 'object' ? row.tenant.id : row.tenant))
}

/** True when the user holds one of the roles in the given tenant. */
export function hasTenantRole(
  user: MaybeUser,
  tenantId: unknown,
  roles: readonly TenantRole[] = tenantRoles,
): boolean {
  const id =
    tenantId && typeof tenantId === 'object' && 'id' in tenantId
      ? (tenantId as { id: unknown }).id
      : tenantId
  if (id === undefined || id === null) {
    return false
  }

  return tenantIdsWithRole(user, roles).some((candidate) => String(candidate) === String(id))
}
