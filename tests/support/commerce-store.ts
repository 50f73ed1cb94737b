import { z } from 'zod'
import { getJson, publishableKey, stack } from './stack.ts'

export const StoreProduct = z.object({
  id: z.string(),
  handle: z.string(),
  kind: z.enum(['product', 'experience']),
  title: z.object({ vi: z.string(), en: z.string() }),
})
export type StoreProduct = z.infer<typeof StoreProduct>

/** Every product and experience commerce sells to a tenant, page by page (100 at most each). */
export async function storeProducts(tenant: string): Promise<StoreProduct[]> {
  const headers = { 'x-publishable-api-key': await publishableKey(tenant) }
  const all: StoreProduct[] = []
  for (let offset = 0; ; offset += 100) {
    const { products, count } = await getJson(
      `${stack.commerce}/store/hoaban/products?limit=100&offset=${offset}`,
      z.object({ products: z.array(StoreProduct), count: z.number() }),
      headers,
    )
    all.push(...products)
    if (products.length === 0 || all.length >= count) return all
  }
}
