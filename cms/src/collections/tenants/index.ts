import type { Access, CollectionConfig } from 'payload'

import { isPlatformAdmin, tenantIdsWithRole } from '../../access/roles'
import { label } from '../../i18n/label'
import { refuseDeleteWithContent } from './hooks/refuse-delete-with-content'

/** Platform admins edit every tenant; tenant admins edit their own. */
const updateTenant: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) {
    return true
  }
  const own = tenantIdsWithRole(req.user, ['tenant-admin'])
  if (own.length === 0) {
    return false
  }

  return { id: { in: own } }
}

/**
 * A locality running its own site. Every field is public: the storefront resolves the tenant by
 * host name and reads its commerce publishable key from here.
 */
export const Tenants: CollectionConfig = {
  slug: 'tenants',
  labels: { singular: label('Địa phương', 'Tenant'), plural: label('Địa phương', 'Tenants') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'defaultLocale'] },
  access: {
    read: () => true,
    create: ({ req }) => isPlatformAdmin(req.user),
    update: updateTenant,
    delete: ({ req }) => isPlatformAdmin(req.user),
  },
  hooks: { beforeDelete: [refuseDeleteWithContent] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: label('Tên', 'Name') },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('Mã định danh', 'Slug'),
      admin: {
        description: label('Chữ thường, không dấu, nối bằng "-"', 'lower-case-with-dashes'),
      },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value)
          ? true
          : 'slug: lower-case letters, digits and dashes only',
    },
    {
      name: 'domains',
      type: 'array',
      label: label('Tên miền', 'Host names'),
      fields: [{ name: 'domain', type: 'text', required: true, label: label('Tên miền', 'Host') }],
    },
    {
      name: 'defaultLocale',
      type: 'select',
      required: true,
      defaultValue: 'vi',
      label: label('Ngôn ngữ mặc định', 'Default language'),
      options: [
        { value: 'vi', label: 'Tiếng Việt' },
        { value: 'en', label: 'English' },
      ],
    },
    {
      name: 'map',
      type: 'group',
      label: label('Bản đồ', 'Map'),
      fields: [
        { name: 'lat', type: 'number', min: -90, max: 90, label: label('Vĩ độ', 'Latitude') },
        { name: 'lng', type: 'number', min: -180, max: 180, label: label('Kinh độ', 'Longitude') },
        { name: 'zoom', type: 'number', min: 0, max: 22, defaultValue: 13, label: 'Zoom' },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: label('Liên hệ', 'Contact'),
      fields: [
        { name: 'email', type: 'email', label: 'Email' },
        { name: 'phone', type: 'text', label: label('Điện thoại', 'Phone') },
        {
          name: 'address',
          type: 'text',
          localized: true,
          label: label('Địa chỉ', 'Address'),
        },
      ],
    },
    {
      name: 'commerce',
      type: 'group',
      label: label('Cửa hàng', 'Commerce'),
      admin: {
        description: label(
          'Điền bởi lệnh provision-tenant',
          'Filled by the provision-tenant command',
        ),
      },
      fields: [
        { name: 'salesChannelId', type: 'text', label: label('Kênh bán', 'Sales channel id') },
        { name: 'publishableKey', type: 'text', label: label('Khóa công khai', 'Publishable key') },
      ],
    },
  ],
}
