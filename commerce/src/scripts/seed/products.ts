import type { MedusaContainer } from '@medusajs/framework/types'
import { ContainerRegistrationKeys, Modules, ProductStatus } from '@medusajs/framework/utils'
import { createInventoryLevelsWorkflow, createProductsWorkflow } from '@medusajs/medusa/core-flows'
import { productTenantSlugs } from '../../lib/catalog/product-tenants'
import type { CooperativeData, OcopProductData } from '../../lib/catalog/reference-data'
import { SEED_STOCK, seedPriceVnd } from '../../lib/catalog/seed-price'
import type { TenantChannel } from './tenant-channels'

const OPTION_TITLE = 'Quy cách'
const OPTION_VALUE = 'Mặc định'

/**
 * Creates every OCOP product that is not there yet (matched by handle = reference id), priced
 * in whole đồng, on the channels of its tenants, with SEED_STOCK units at the location.
 * Returns how many products were created.
 */
export async function seedProducts(
  container: MedusaContainer,
  input: {
    products: OcopProductData[]
    cooperatives: CooperativeData[]
    channels: TenantChannel[]
    locationId: string
    /** Where generated product images are served, e.g. `<COMMERCE_URL>/hoaban/images/products`. */
    imageBaseUrl: string
  },
): Promise<number> {
  const productModule = container.resolve(Modules.PRODUCT)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const handles = input.products.map((p) => p.id)
  const existing = await productModule.listProducts(
    { handle: handles },
    { select: ['id', 'handle', 'thumbnail'] },
  )
  const have = new Set(existing.map((p) => p.handle))
  // Products seeded before images existed get theirs once; later runs find them set.
  const bare = existing.filter((p) => !p.thumbnail)
  for (const product of bare) {
    const url = `${input.imageBaseUrl}/${product.handle}.svg`
    await productModule.updateProducts(product.id, { thumbnail: url, images: [{ url }] })
  }
  const missing = input.products.filter((p) => !have.has(p.id))
  if (missing.length === 0) return 0

  const [profile] = await fulfillment.listShippingProfiles({ type: 'default' })
  if (!profile) throw new Error('seed: no default shipping profile')
  const channelBySlug = new Map(input.channels.map((c) => [c.slug, c.salesChannelId]))

  const { result: created } = await createProductsWorkflow(container).run({
    input: {
      products: missing.map((product) => {
        const producer = input.cooperatives.find((c) => c.id === product.producer_id)
        const slugs = productTenantSlugs(product, producer)

        return {
          title: product.name_vi,
          subtitle: product.name_en,
          handle: product.id,
          description: product.description_vi ?? undefined,
          status: ProductStatus.PUBLISHED,
          thumbnail: `${input.imageBaseUrl}/${product.id}.svg`,
          images: [{ url: `${input.imageBaseUrl}/${product.id}.svg` }],
          shipping_profile_id: profile.id,
          options: [{ title: OPTION_TITLE, values: [OPTION_VALUE] }],
          variants: [
            {
              title: OPTION_VALUE,
              sku: product.id,
              manage_inventory: true,
              options: { [OPTION_TITLE]: OPTION_VALUE },
              prices: [{ amount: seedPriceVnd(product), currency_code: 'vnd' }],
            },
          ],
          sales_channels: slugs
            .map((slug) => channelBySlug.get(slug))
            .filter((id): id is string => id !== undefined)
            .map((id) => ({ id })),
          metadata: {
            kind: 'product',
            title_en: product.name_en,
            description_en: product.description_en ?? null,
            producer_id: product.producer_id,
            origin_commune: producer?.commune_pre2025 ?? product.district_pre2025,
            ocop_group: product.group,
            ocop_stars: product.stars,
          },
        }
      }),
    },
  })

  const { data: variants } = await query.graph({
    entity: 'product_variant',
    fields: ['id', 'inventory_items.inventory_item_id'],
    filters: { product_id: created.map((p) => p.id) },
  })
  const inventoryItemIds = (
    variants as { inventory_items?: { inventory_item_id?: string }[] | null }[]
  ).flatMap((v) =>
    (v.inventory_items ?? []).flatMap((i) => (i.inventory_item_id ? [i.inventory_item_id] : [])),
  )
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: inventoryItemIds.map((id) => ({
        inventory_item_id: id,
        location_id: input.locationId,
        stocked_quantity: SEED_STOCK,
      })),
    },
  })

  return created.length
}
