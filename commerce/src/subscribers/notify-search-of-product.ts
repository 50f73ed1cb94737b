import type { SubscriberArgs, SubscriberConfig } from '@medusajs/framework'
import { ContainerRegistrationKeys } from '@medusajs/framework/utils'
import { notifySearch, type SearchNotice } from '../lib/search/notify-search'

type ProductRow = {
  id: string
  metadata?: Record<string, unknown> | null
  sales_channels?: ({ metadata?: Record<string, unknown> | null } | null)[] | null
}

/**
 * Tells the search indexer a product changed, once per tenant that sells it. A deleted
 * product is announced to every tenant. Failures are logged by notifySearch, never thrown.
 */
export default async function notifySearchOfProduct({
  event,
  container,
}: SubscriberArgs<{ id: string }>): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const id = event.data.id

  try {
    const { data: channels } = await query.graph({
      entity: 'sales_channel',
      fields: ['metadata'],
    })
    const allTenants = (channels as { metadata?: Record<string, unknown> | null }[])
      .map((c) => c.metadata?.tenant)
      .filter((slug): slug is string => typeof slug === 'string')

    let notices: SearchNotice[]
    if (event.name === 'product.deleted') {
      notices = allTenants.map((tenant) => ({ kind: 'product', id, tenant, op: 'delete' }))
    } else {
      const { data } = await query.graph({
        entity: 'product',
        fields: ['id', 'metadata', 'sales_channels.metadata'],
        filters: { id },
      })
      const product = data[0] as ProductRow | undefined
      if (!product) return
      const kind = product.metadata?.kind === 'experience' ? 'experience' : 'product'
      const selling = new Set(
        (product.sales_channels ?? [])
          .map((c) => c?.metadata?.tenant)
          .filter((slug): slug is string => typeof slug === 'string'),
      )
      // A tenant that stopped selling the product gets a delete, so it leaves that index.
      notices = allTenants.map((tenant) => ({
        kind,
        id,
        tenant,
        op: selling.has(tenant) ? 'upsert' : 'delete',
      }))
    }

    await notifySearch(logger, notices)
  } catch (error) {
    logger.warn(`search notify for product ${id} skipped: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: ['product.created', 'product.updated', 'product.deleted'],
}
