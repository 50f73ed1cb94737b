import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'

import {
  isPlatformAdmin,
  isPreviewReader,
  platformRoles,
  tenantIdsWithRole,
} from '../../access/roles'
import { label } from '../../i18n/label'
import { storefrontPreviewStrategy } from '../../preview/storefront-preview-strategy'
import { guardPlatformAdminDelete, guardStaffAssignment } from './hooks/guard-staff-assignment'
import { refuseDemoLoginInProduction } from './hooks/refuse-demo-login-in-production'

const platformAdminOnly: FieldAccess = ({ req }) => isPlatformAdmin(req.user)
const signedIn: FieldAccess = ({ req }) => Boolean(req.user)

/**
 * Platform admins see and edit everyone; tenant admins the staff of the tenants they
 * administer and themselves; editors and contributors only themselves.
 */
const ownTenantStaffOrSelf: Access = ({ req }): boolean | Where => {
  if (!req.user || isPreviewReader(req.user)) {
    return false
  }
  if (isPlatformAdmin(req.user)) {
    return true
  }
  const self: Where = { id: { equals: req.user.id } }
  const adminTenants = tenantIdsWithRole(req.user, ['tenant-admin'])
  if (adminTenants.length === 0) {
    return self
  }

  return { or: [self, { 'tenants.tenant': { in: adminTenants } }] }
}

/** Only platform admins and tenant admins (for their tenants' staff) remove accounts. */
const removeStaff: Access = ({ req }): boolean | Where => {
  if (isPlatformAdmin(req.user)) {
    return true
  }
  const adminTenants = tenantIdsWithRole(req.user, ['tenant-admin'])

  return adminTenants.length > 0 ? { 'tenants.tenant': { in: adminTenants } } : false
}

/** Staff accounts: platform administrators and per-tenant tenant admins, editors, contributors. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Nhân sự', 'Staff member'), plural: label('Nhân sự', 'Staff') },
  // The storefront reads drafts with the preview key while an editor previews (read only).
  auth: { strategies: [storefrontPreviewStrategy] },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'] },
  access: {
    read: ownTenantStaffOrSelf,
    // Which tenants and roles a tenant admin may give is checked by guardStaffAssignment.
    create: ({ req }) =>
      isPlatformAdmin(req.user) || tenantIdsWithRole(req.user, ['tenant-admin']).length > 0,
    update: ownTenantStaffOrSelf,
    delete: removeStaff,
  },
  hooks: {
    beforeLogin: [refuseDemoLoginInProduction],
    beforeChange: [guardStaffAssignment],
    beforeDelete: [guardPlatformAdminDelete],
  },
  fields: [
    { name: 'name', type: 'text', label: label('Họ tên', 'Name') },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      label: label('Vai trò nền tảng', 'Platform roles'),
      options: platformRoles.map((value) => ({
        value,
        label: label('Quản trị nền tảng', 'Platform administrator'),
      })),
      // Not stripped silently for others: guardStaffAssignment refuses a change with a 403.
      access: { create: signedIn, update: signedIn },
      saveToJWT: true,
    },
    {
      name: 'isDemo',
      type: 'checkbox',
      defaultValue: false,
      label: label('Tài khoản demo', 'Demo account'),
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: platformAdminOnly, update: platformAdminOnly },
    },
  ],
}
