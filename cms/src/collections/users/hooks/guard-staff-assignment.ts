import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { isPlatformAdmin, tenantIdsWithRole } from '../../../access/roles'
import { CmsError } from '../../../errors/cms-error'

type Row = { tenant?: unknown; roles?: unknown }

const idOf = (value: unknown): string =>
  String(
    value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value,
  )

/** tenant id → its sorted roles, from a user's `tenants` array. */
function assignments(rows: unknown): Map<string, string> {
  const map = new Map<string, string>()
  for (const row of Array.isArray(rows) ? (rows as Row[]) : []) {
    if (row?.tenant === undefined || row.tenant === null) {
      continue
    }
    const roles = Array.isArray(row.roles) ? row.roles.map(String).sort() : []
    map.set(idOf(row.tenant), roles.join(','))
  }

  return map
}

const platformRolesOf = (value: unknown) =>
  (Array.isArray(value) ? value.map(String) : []).sort().join(',')

/**
 * Keeps staff management inside the actor's own tenants: only a platform administrator grants
 * platform roles; a tenant admin adds, changes or removes tenant roles only in tenants they
 * administer, never moves anyone into another tenant, and a new staff member of theirs belongs
 * to at least one of those tenants. Nobody else edits a platform administrator. Seeds and
 * scripts (no user) are not restricted.
 */
export const guardStaffAssignment: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (!req.user || isPlatformAdmin(req.user)) {
    return data
  }
  const before = (originalDoc ?? {}) as { id?: unknown; roles?: unknown; tenants?: unknown }
  if (
    operation === 'update' &&
    platformRolesOf(before.roles) !== '' &&
    String(before.id) !== String(req.user.id)
  ) {
    throw new CmsError(
      'forbidden',
      'id: only a platform administrator changes a platform administrator',
    )
  }
  if ('roles' in data && platformRolesOf(data.roles) !== platformRolesOf(before.roles)) {
    throw new CmsError('forbidden', 'roles: only a platform administrator grants platform roles')
  }

  const administered = new Set(tenantIdsWithRole(req.user, ['tenant-admin']).map(String))
  const previous = assignments(before.tenants)
  const next = 'tenants' in data ? assignments(data.tenants) : previous
  const touched = new Set(
    [...previous.keys(), ...next.keys()].filter((id) => previous.get(id) !== next.get(id)),
  )
  for (const tenant of touched) {
    if (!administered.has(tenant)) {
      throw new CmsError(
        'forbidden',
        `tenants: you can assign staff only in tenants you administer (not tenant ${tenant})`,
      )
    }
  }
  if (operation === 'create' && ![...next.keys()].some((tenant) => administered.has(tenant))) {
    throw new CmsError('bad_request', 'tenants: a new staff member needs a tenant you administer')
  }

  return data
}

/** Only a platform administrator removes a platform administrator's account. */
export const guardPlatformAdminDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user || isPlatformAdmin(req.user)) {
    return
  }
  const target = await req.payload
    .findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (target && platformRolesOf((target as { roles?: unknown }).roles) !== '') {
    throw new CmsError(
      'forbidden',
      'id: only a platform administrator removes a platform administrator',
    )
  }
}
