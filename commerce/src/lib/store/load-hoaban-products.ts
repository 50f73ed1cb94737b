import type { MedusaContainer } from '@medusajs/framework/types'
import { ContainerRegistrationKeys, getVariantAvailability } from '@medusajs/framework/utils'
import { type HoaBanProduct, type ProductRecord, toHoaBanProduct } from './hoaban-product'

const PRODUCT_FIELDS = [
  'id',
  'handle',
  'title',
  'subtitle',
  'description',
  'thumbnail',
  'updated_at',
  'metadata',
  'images.url',
  'images.rank',
  'sales_channels.id',
  'sales_channels.metadata',
  'variants.id',
  'variants.title',
  'variants.variant_rank',
  'variants.prices.amount',
  'variants.prices.currency_code',
]

/**
 * Loads products by id as HoaBanProducts, in the order of `ids`. Stock is what the buyer's
 * sales channel can still sell (the first of `salesChannelIds` that has the variant).
 */
export async function loadHoaBanProducts(
  container: MedusaContainer,
  ids: string[],
  salesChannelIds: string[],
): Promise<HoaBanProduct[]> {
  if (ids.length === 0) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { data } = await query.graph({
    entity: 'product',
    fields: PRODUCT_FIELDS,
    filters: { id: ids },
  })
  const records = data as unknown as ProductRecord[]

  const variantIds = records.flatMap((r) => (r.variants ?? []).flatMap((v) => (v ? [v.id] : [])))
  const availability: Record<string, number | null> = {}
  const channelId = salesChannelIds[0]
  if (variantIds.length > 0 && channelId) {
    const result = await getVariantAvailability(query, {
      variant_ids: variantIds,
      sales_channel_id: channelId,
    })
    for (const [variantId, value] of Object.entries(result)) {
      availability[variantId] = value.availability
    }
  }

  const byId = new Map(records.map((r) => [r.id, r]))

  return ids.flatMap((id) => {
    const record = byId.get(id)

    return record ? [toHoaBanProduct(record, { availability, ocop: null, cooperative: null })] : []
  })
}
