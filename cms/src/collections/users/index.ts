import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'

import { isPlatformAdmin, platformRoles, tenantIdsWithRole } from '../../access/roles'
import { label } from '../../i18n/label'
import { refuseDemoLoginInProduction } from './hooks/refuse-demo-login-in-production'

const platformAdminOnly: FieldAccess = ({ req }) => isPlatformAdmin(req.user)

/** Tenant admins manage the staff of their own tenants; everyone may edit themselves. */
const manageStaff: Access = ({ req }): boolean | Where => {
  if (!req.user) {
    return false
  }
  if (isPlatformAdmin(req.user)) {
    return true
  }
  const adminTenants = tenantIdsWithRole(req.user, ['tenant-admin'])
  if (adminTenants.length === 0) {
    return { id: { equals: req.user.id } }
  }

  return { or: [{ id: { equals: req.user.id } }, { 'tenants.tenant': { in: adminTenants } }] }
}

/** Staff accounts: platform administrators and per-tenant tenant admins, editors, contributors. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('Nhân sự', 'Staff member'), plural: label('Nhân sự', 'Staff') },
  auth: true,
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'roles'] },
  access: {
    read: ({ req }) => Boolean(req.user),
    create: ({ req }) =>
      isPlatformAdmin(req.user) || tenantIdsWithRole(req.user, ['tenant-admin']).length > 0,
    update: manageStaff,
    delete: manageStaff,
  },
  hooks: { beforeLogin: [refuseDemoLoginInProduction] },
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
      access: { create: platformAdminOnly, update: platformAdminOnly },
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
