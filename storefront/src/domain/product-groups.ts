import type { Locale } from './types'

/** OCOP product groups as commerce names them. */
export const productGroups = [
  'food',
  'beverage',
  'herbal',
  'textile',
  'handicraft',
  'tourism',
] as const

/** One OCOP product group. */
export type ProductGroup = (typeof productGroups)[number]

const labels: Record<ProductGroup, Record<Locale, string>> = {
  food: { vi: 'Thực phẩm', en: 'Food' },
  beverage: { vi: 'Đồ uống', en: 'Beverages' },
  herbal: { vi: 'Thảo dược', en: 'Herbal products' },
  textile: { vi: 'Vải và may mặc', en: 'Textiles and clothing' },
  handicraft: { vi: 'Lưu niệm, nội thất, trang trí', en: 'Handicrafts and souvenirs' },
  tourism: { vi: 'Dịch vụ du lịch', en: 'Tourism services' },
}

/** The group's name in a language; an unknown group shows as sent. */
export function productGroupLabel(group: string, locale: Locale): string {
  return (labels as Record<string, Record<Locale, string>>)[group]?.[locale] ?? group
}
