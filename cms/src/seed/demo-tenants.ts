/** The demo tenants, with every field the tenants contract names. */
export const demoTenants = [
  {
    slug: 'dien-bien-phu',
    name: { vi: 'Phường Điện Biên Phủ', en: 'Điện Biên Phủ Ward' },
    domains: [{ domain: 'localhost' }, { domain: '127.0.0.1' }],
    defaultLocale: 'vi' as const,
    map: { lat: 21.386, lng: 103.023, zoom: 13 },
    contact: {
      email: 'vanhoa@dienbienphu.hoaban.local',
      phone: '',
      address: { vi: 'Phường Điện Biên Phủ, tỉnh Điện Biên', en: 'Điện Biên Phủ Ward, Điện Biên' },
    },
  },
  {
    slug: 'muong-phang',
    name: { vi: 'Xã Mường Phăng', en: 'Mường Phăng Commune' },
    domains: [{ domain: 'muong-phang.localhost' }],
    defaultLocale: 'vi' as const,
    map: { lat: 21.455, lng: 103.145, zoom: 13 },
    contact: {
      email: 'vanhoa@muongphang.hoaban.local',
      phone: '',
      address: { vi: 'Xã Mường Phăng, tỉnh Điện Biên', en: 'Mường Phăng Commune, Điện Biên' },
    },
  },
]

/** Slug of the tenant a place belongs to, read from its Vietnamese address. */
export function tenantSlugForAddress(addressVi: string | undefined): string {
  return addressVi && /mường phăng/i.test(addressVi) ? 'muong-phang' : 'dien-bien-phu'
}
