import { AREA_TENANT_SLUG, DEMO_TENANTS } from '../tenants'
import type { CooperativeData, OcopProductData } from './reference-data'

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()

/**
 * The tenants whose shop lists a product: the area shop (`dien-bien-phu`) always, plus every
 * other demo tenant whose name appears in the producer's commune or the product's district.
 */
export function productTenantSlugs(
  product: OcopProductData,
  producer: CooperativeData | undefined,
): string[] {
  const place = fold([producer?.commune_pre2025, product.district_pre2025].join(' '))
  const local = DEMO_TENANTS.filter(
    (tenant) => tenant.slug !== AREA_TENANT_SLUG && place.includes(fold(tenant.name)),
  ).map((tenant) => tenant.slug)

  return [AREA_TENANT_SLUG, ...local]
}
