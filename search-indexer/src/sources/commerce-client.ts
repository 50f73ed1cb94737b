import { z } from 'zod'
import { IndexerError } from '../errors/indexer-error.js'
import { fetchJson } from './fetch-json.js'

const localizedSchema = z
  .object({ vi: z.string().nullish(), en: z.string().nullish() })
  .catch({ vi: null, en: null })

/** The commerce store shape of a product or experience (see the cross-service contract). */
export const hoaBanProductSchema = z.object({
  id: z.string(),
  handle: z.string(),
  kind: z.enum(['product', 'experience']).catch('product'),
  title: localizedSchema,
  description: localizedSchema.nullish(),
  thumbnail: z.string().nullish(),
  price_vnd: z.number().int().nullish(),
  ocop: z
    .object({
      stars: z.number().int().nullish(),
      status: z.string().nullish(),
      group: z.string().nullish(),
      certificate_number: z.string().nullish(),
    })
    .nullish(),
  cooperative: z.object({ handle: z.string(), name: localizedSchema }).nullish(),
  origin_place: z
    .object({ commune: z.string().nullish(), lat: z.number().nullish(), lng: z.number().nullish() })
    .nullish(),
  sessions: z.array(z.object({ starts_at: z.string(), ends_at: z.string().nullish() })).nullish(),
  tenant_slugs: z.array(z.string()).nullish(),
  updated_at: z.string(),
})
export type HoaBanProduct = z.infer<typeof hoaBanProductSchema>

/** The commerce store shape of a cooperative, read leniently: only handle and name are required. */
export const hoaBanCooperativeSchema = z.object({
  id: z.string().optional(),
  handle: z.string(),
  name: localizedSchema,
  description: localizedSchema.nullish(),
  logo_url: z.string().nullish(),
  commune: z.string().nullish(),
  lat: z.number().nullish(),
  lng: z.number().nullish(),
  updated_at: z.string().nullish(),
})
export type HoaBanCooperative = z.infer<typeof hoaBanCooperativeSchema>

function parseAll<T>(schema: z.ZodType<T>, items: unknown[]): T[] {
  return items.flatMap((item) => {
    const parsed = schema.safeParse(item)

    return parsed.success ? [parsed.data] : []
  })
}

/** Reads products, experiences and cooperatives from commerce's /store/hoaban routes. */
export class CommerceClient {
  constructor(private readonly baseUrl: string) {}

  private get(path: string, publishableKey: string) {
    return fetchJson(new URL(path, this.baseUrl).toString(), {
      headers: { 'x-publishable-api-key': publishableKey },
    })
  }

  /** Every product and experience visible through the tenant's publishable key. */
  async listProducts(publishableKey: string): Promise<HoaBanProduct[]> {
    const items: unknown[] = []
    for (let offset = 0; ; offset += 100) {
      const response = await this.get(
        `/store/hoaban/products?limit=100&offset=${offset}`,
        publishableKey,
      )
      const body = z
        .object({ products: z.array(z.unknown()), count: z.number() })
        .safeParse(response.body)
      if (response.status !== 200 || !body.success) {
        throw new IndexerError(
          'source_unavailable',
          `commerce products answered ${response.status}`,
        )
      }
      items.push(...body.data.products)
      if (body.data.products.length === 0 || offset + 100 >= body.data.count) break
    }

    return parseAll(hoaBanProductSchema, items)
  }

  /** One product by handle (or id), or null when the tenant's channel does not sell it. */
  async getProduct(publishableKey: string, idOrHandle: string): Promise<HoaBanProduct | null> {
    const response = await this.get(
      `/store/hoaban/products/${encodeURIComponent(idOrHandle)}`,
      publishableKey,
    )
    if (response.status === 200) {
      const parsed = z.object({ product: hoaBanProductSchema }).safeParse(response.body)
      if (parsed.success) return parsed.data.product
    }
    if (response.status !== 200 && response.status !== 404) {
      throw new IndexerError('source_unavailable', `commerce product answered ${response.status}`)
    }
    // Notifications carry the product id; the store route takes a handle, so look in the list.
    const all = await this.listProducts(publishableKey)

    return all.find((product) => product.id === idOrHandle || product.handle === idOrHandle) ?? null
  }

  /** Every cooperative visible through the tenant's channel. */
  async listCooperatives(publishableKey: string): Promise<HoaBanCooperative[]> {
    const items: unknown[] = []
    for (let offset = 0; ; offset += 100) {
      const response = await this.get(
        `/store/hoaban/cooperatives?limit=100&offset=${offset}`,
        publishableKey,
      )
      if (response.status === 404 && offset === 0) return []
      const body = z
        .object({ cooperatives: z.array(z.unknown()), count: z.number().optional() })
        .safeParse(response.body)
      if (response.status !== 200 || !body.success) {
        throw new IndexerError(
          'source_unavailable',
          `commerce cooperatives answered ${response.status}`,
        )
      }
      items.push(...body.data.cooperatives)
      const count = body.data.count ?? items.length
      if (body.data.cooperatives.length === 0 || offset + 100 >= count) break
    }

    return parseAll(hoaBanCooperativeSchema, items)
  }

  /** One cooperative by handle (or id), or null when missing. */
  async getCooperative(
    publishableKey: string,
    idOrHandle: string,
  ): Promise<HoaBanCooperative | null> {
    const response = await this.get(
      `/store/hoaban/cooperatives/${encodeURIComponent(idOrHandle)}`,
      publishableKey,
    )
    if (response.status === 200) {
      const parsed = z.object({ cooperative: hoaBanCooperativeSchema }).safeParse(response.body)
      if (parsed.success) return parsed.data.cooperative
    }
    // Notifications may carry the id, the route takes a handle: look in the list.
    const all = await this.listCooperatives(publishableKey)

    return all.find((coop) => coop.handle === idOrHandle || coop.id === idOrHandle) ?? null
  }
}
