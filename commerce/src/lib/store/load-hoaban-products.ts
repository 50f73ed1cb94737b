import type { MedusaContainer } from '@medusajs/framework/types'
import { ContainerRegistrationKeys, getVariantAvailability } from '@medusajs/framework/utils'
import { type HoaBanProduct, type ProductRecord, toHoaBanProduct } from './hoaban-product'
import { type CertificateRecord, toStoreOcop } from './store-ocop'

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
  'ocop_certificate.*',
  'cooperative.handle',
  'cooperative.name_vi',
  'cooperative.name_en',
]

type LinkedRecord = ProductRecord & {
  ocop_certificate?: CertificateRecord | null
  cooperative?: { handle: string; name_vi: string; name_en: string } | null
}

/**
 * Loads products by id as HoaBanProducts, in the order of `ids`. Stock is what the buyer's
 * sales channel can still sell (the first of `salesChannelIds` that has the variant).
 */
export async function loadHoaBanProducts(
  container: MedusaContainer,
  ids: string[],
  salesChannelIds: string[],
  now: Date = new Date(),
): Promise<HoaBanProduct[]> {
  if (ids.length === 0) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { data } = await query.graph({
    entity: 'product',
    fields: PRODUCT_FIELDS,
    filters: { id: ids },
  })
  const records = data as unknown as LinkedRecord[]

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

    if (!record) return []
    const coop = record.cooperative

    return [
      toHoaBanProduct(record, {
        availability,
        ocop: record.ocop_certificate ? toStoreOcop(record.ocop_certificate, now) : null,
        cooperative: coop
          ? { handle: coop.handle, name: { vi: coop.name_vi, en: coop.name_en } }
          : null,
      }),
    ]
  })
}
