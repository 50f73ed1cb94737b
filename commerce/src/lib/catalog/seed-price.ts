import type { OcopProductData } from './reference-data'

/** Fallback shelf prices (đồng) by OCOP group when the sources give no price range. */
const GROUP_FALLBACK_VND: Record<OcopProductData['group'], number> = {
  food: 120_000,
  beverage: 180_000,
  herbal: 250_000,
  textile: 250_000,
  handicraft: 200_000,
  tourism: 500_000,
}

/**
 * The demo shelf price of a product in whole đồng: the middle of the published range rounded
 * to 1,000 ₫, or the group's fallback. VND has no minor unit, so this is the stored amount.
 */
export function seedPriceVnd(product: OcopProductData): number {
  const range = product.retail_price_vnd
  if (!range) return GROUP_FALLBACK_VND[product.group]

  return Math.round((range.min + range.max) / 2 / 1000) * 1000
}

/** Demo stock for every seeded product variant. */
export const SEED_STOCK = 50
