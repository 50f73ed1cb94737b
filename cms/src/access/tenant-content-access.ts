import type { Access, CollectionConfig } from 'payload'

import { hasTenantRole, isPlatformAdmin, publishingRoles, tenantIdsWithRole } from './roles'

const wantsPublish = (data: unknown): boolean =>
  Boolean(
    data && typeof data === 'object' && (data as { _status?: unknown })._status === 'published',
  )

/**
 * Anonymous visitors read published documents only; staff read everything of their tenants
 * (the multi-tenant plugin adds the tenant constraint on top of this result).
 */
export const readPublishedOrStaff: Access = ({ req }) => {
  if (req.user) {
    return true
  }

  return { _status: { equals: 'published' } }
}

/** Staff with a role in the document's tenant create; only editors and tenant admins publish. */
export const createInOwnTenant: Access = ({ req, data }) => {
  if (isPlatformAdmin(req.user)) {
    return true
  }
  const roles = wantsPublish(data) ? publishingRoles : undefined
  const tenant = (data as { tenant?: unknown } | undefined)?.tenant
  if (tenant === undefined || tenant === null) {
    // The plugin fills the tenant later from the selector; a matching role somewhere is needed.
    return tenantIdsWithRole(req.user, roles).length > 0
  }

  return hasTenantRole(req.user, tenant, roles)
}

/** Staff update documents of their tenants; publishing needs an editor or tenant admin. */
export const updateInOwnTenant: Access = ({ req, data }) => {
  if (isPlatformAdmin(req.user)) {
    return true
  }
  const tenants = tenantIdsWithRole(req.user, wantsPublish(data) ? publishingRoles : undefined)
  if (tenants.length === 0) {
    return false
  }

  return { tenant: { in: tenants } }
}

/** Only editors and tenant admins delete documents of their tenants. */
export const deleteInOwnTenant: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) {
    return true
  }
  const tenants = tenantIdsWithRole(req.user, publishingRoles)
  if (tenants.length === 0) {
    return false
  }

  return { tenant: { in: tenants } }
}

/**
 * Staff of a tenant read the version history of its documents. The constraint is queried on
 * the versions table, where the document's fields sit under `version.`; a bare `tenant` made
 * every version query fail, and with it the admin's edit view of any document for tenant staff.
 */
export const readVersionsInOwnTenant: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) {
    return true
  }
  const tenants = tenantIdsWithRole(req.user)
  if (tenants.length === 0) {
    return false
  }

  return { 'version.tenant': { in: tenants } }
}

/** The access block shared by every tenant-scoped, draft-enabled content collection. */
export const tenantContentAccess: CollectionConfig['access'] = {
  read: readPublishedOrStaff,
  readVersions: readVersionsInOwnTenant,
  create: createInOwnTenant,
  update: updateInOwnTenant,
  delete: deleteInOwnTenant,
}
