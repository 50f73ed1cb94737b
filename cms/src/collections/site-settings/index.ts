import type { Access, CollectionConfig } from 'payload'

import { isPlatformAdmin, tenantIdsWithRole } from '../../access/roles'
import { label } from '../../i18n/label'
import {
  storefrontRevalidateAfterChange,
  storefrontRevalidateAfterDelete,
} from '../../storefront/revalidate-hooks'

const tenantAdmins: Access = ({ req }) => {
  if (isPlatformAdmin(req.user)) {
    return true
  }
  const own = tenantIdsWithRole(req.user, ['tenant-admin'])

  return own.length > 0 ? { tenant: { in: own } } : false
}

const link = (name: string, vi: string, en: string) => ({
  name,
  type: 'array' as const,
  localized: true,
  label: label(vi, en),
  fields: [
    { name: 'label', type: 'text' as const, required: true, label: label('Nhãn', 'Label') },
    { name: 'href', type: 'text' as const, required: true, label: label('Liên kết', 'Link') },
  ],
})

/** One document per tenant (the plugin treats it as a global): navigation, hero and footer. */
export const SiteSettings: CollectionConfig = {
  slug: 'site-settings',
  labels: {
    singular: label('Cấu hình trang', 'Site settings'),
    plural: label('Cấu hình trang', 'Site settings'),
  },
  admin: { useAsTitle: 'siteName' },
  access: { read: () => true, create: tenantAdmins, update: tenantAdmins, delete: tenantAdmins },
  hooks: {
    afterChange: [storefrontRevalidateAfterChange],
    afterDelete: [storefrontRevalidateAfterDelete],
  },
  fields: [
    { name: 'siteName', type: 'text', localized: true, label: label('Tên trang', 'Site name') },
    link('navigation', 'Menu chính', 'Navigation'),
    {
      name: 'hero',
      type: 'group',
      label: label('Ảnh bìa trang chủ', 'Home hero'),
      fields: [
        { name: 'title', type: 'text', localized: true, label: label('Tiêu đề', 'Title') },
        { name: 'subtitle', type: 'text', localized: true, label: label('Phụ đề', 'Subtitle') },
        { name: 'image', type: 'upload', relationTo: 'media', label: label('Ảnh', 'Image') },
      ],
    },
    {
      name: 'footer',
      type: 'group',
      label: label('Chân trang', 'Footer'),
      fields: [
        { name: 'text', type: 'textarea', localized: true, label: label('Nội dung', 'Text') },
        link('links', 'Liên kết', 'Links'),
      ],
    },
  ],
}
