import type { CartLine } from '@/domain/cart'
import type { Locale, Tenant } from '@/domain/types'
import { getProducts } from '../get-product'

/**
 * Medusa keeps one (Vietnamese) title per line; in English the product's English title is
 * looked up by handle. Lines whose product cannot be read keep their stored title.
 */
export async function localizeLines(
  tenant: Tenant,
  lines: CartLine[],
  locale: Locale,
): Promise<CartLine[]> {
  if (locale === 'vi') return lines
  const handles = [
    ...new Set(lines.map((line) => line.productHandle).filter((handle) => handle !== null)),
  ]
  const products = await getProducts(tenant, handles, locale).catch(() => [])
  const titles = new Map(products.map((product) => [product.handle, product.title]))

  return lines.map((line) => ({
    ...line,
    title: (line.productHandle && titles.get(line.productHandle)) || line.title,
  }))
}
