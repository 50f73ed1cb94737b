import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework'
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils'
import { linkSalesChannelsToStockLocationWorkflow } from '@medusajs/medusa/core-flows'

/**
 * A tenant's new sales channel (metadata `{ tenant }`, as `npm run provision-tenant` makes it)
 * sells from the store's default stock location, so its carts can be completed at once.
 */
export default async function stockNewTenantChannel({
  event,
  container,
}: SubscriberArgs<{ id: string }>): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const stores = container.resolve(Modules.STORE)

  const channel = await salesChannels.retrieveSalesChannel(event.data.id)
  if (typeof channel.metadata?.tenant !== 'string') return
  const [store] = await stores.listStores()
  if (!store?.default_location_id) return

  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: store.default_location_id, add: [channel.id] },
  })
  logger.info(`tenant channel ${channel.id} linked to location ${store.default_location_id}`)
}

export const config: SubscriberConfig = { event: 'sales-channel.created' }
