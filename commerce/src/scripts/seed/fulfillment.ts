import type { MedusaContainer } from '@medusajs/framework/types'
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils'
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from '@medusajs/medusa/core-flows'

const LOCATION_NAME = 'Kho Hoa Ban Điện Biên Phủ'
const FULFILLMENT_SET_NAME = 'Giao hàng Điện Biên'

/** The two ways an order reaches its buyer, priced in whole đồng. */
export const SHIPPING_OPTIONS = [
  { code: 'home-delivery', name: 'Giao hàng tận nhà (Home delivery)', amount: 30_000 },
  {
    code: 'cooperative-pickup',
    name: 'Nhận tại hợp tác xã (Pickup at the cooperative)',
    amount: 0,
  },
] as const

/**
 * Ensures the stock location, its manual fulfillment set for Vietnam, the default shipping
 * profile and the home delivery / cooperative pickup options, all linked to the given channels.
 * Returns the stock location id.
 */
export async function seedFulfillment(
  container: MedusaContainer,
  regionId: string,
  salesChannelIds: string[],
): Promise<string> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const fulfillment = container.resolve(Modules.FULFILLMENT)

  let [location] = await stockLocations.listStockLocations({ name: LOCATION_NAME })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: LOCATION_NAME,
            address: { address_1: 'Phường Điện Biên Phủ', city: 'Điện Biên', country_code: 'vn' },
          },
        ],
      },
    })
    location = result[0]
    if (!location) throw new Error('seed: stock location not created')
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: 'manual_manual' },
    })
  }
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: salesChannelIds },
  })

  let [profile] = await fulfillment.listShippingProfiles({ type: 'default' })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: 'Mặc định', type: 'default' }] },
    })
    profile = result[0]
  }
  if (!profile) throw new Error('seed: no shipping profile')

  let [fulfillmentSet] = await fulfillment.listFulfillmentSets(
    { name: FULFILLMENT_SET_NAME },
    { relations: ['service_zones'] },
  )
  if (!fulfillmentSet) {
    fulfillmentSet = await fulfillment.createFulfillmentSets({
      name: FULFILLMENT_SET_NAME,
      type: 'shipping',
      service_zones: [{ name: 'Việt Nam', geo_zones: [{ country_code: 'vn', type: 'country' }] }],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
  }
  const zone = fulfillmentSet.service_zones[0]
  if (!zone) throw new Error('seed: fulfillment set has no service zone')

  const existing = await fulfillment.listShippingOptions({ service_zone: { id: zone.id } })
  const missing = SHIPPING_OPTIONS.filter((option) => !existing.some((e) => e.name === option.name))
  if (missing.length > 0) {
    await createShippingOptionsWorkflow(container).run({
      input: missing.map((option) => ({
        name: option.name,
        price_type: 'flat' as const,
        provider_id: 'manual_manual',
        service_zone_id: zone.id,
        shipping_profile_id: profile.id,
        type: { label: option.name, description: option.name, code: option.code },
        prices: [
          { currency_code: 'vnd', amount: option.amount },
          { region_id: regionId, amount: option.amount },
        ],
        rules: [
          { attribute: 'enabled_in_store', value: 'true', operator: 'eq' as const },
          { attribute: 'is_return', value: 'false', operator: 'eq' as const },
        ],
      })),
    })
  }

  return location.id
}
