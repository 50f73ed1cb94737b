import type { MedusaContainer } from '@medusajs/framework/types'
import { Modules } from '@medusajs/framework/utils'
import {
  createApiKeysWorkflow,
  createSalesChannelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
} from '@medusajs/medusa/core-flows'
import { publishableKeyTitle, salesChannelName, type TenantRef } from '../../lib/tenants'

/** What the seed made (or found) for one tenant. */
export type TenantChannel = { slug: string; salesChannelId: string; publishableKey: string }

/**
 * Ensures each tenant has its sales channel (`Hoa Ban – <name>`, metadata `{ tenant }`) and a
 * publishable key titled `… (<slug>)` linked to it. Existing ones are found by slug and reused.
 */
export async function seedTenantChannels(
  container: MedusaContainer,
  tenants: readonly TenantRef[],
): Promise<TenantChannel[]> {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const apiKeys = container.resolve(Modules.API_KEY)
  const result: TenantChannel[] = []

  for (const tenant of tenants) {
    const all = await salesChannels.listSalesChannels({}, { take: null })
    let channel = all.find((c) => c.metadata?.tenant === tenant.slug)
    if (!channel) {
      // The sales channel model stores metadata; the create DTO type simply does not list it.
      const channelData = {
        name: salesChannelName(tenant),
        description: `Cửa hàng OCOP của ${tenant.name}`,
        metadata: { tenant: tenant.slug },
      }
      const { result: created } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [channelData] },
      })
      channel = created[0]
    }
    if (!channel) throw new Error(`seed: no sales channel for ${tenant.slug}`)

    const keys = await apiKeys.listApiKeys({ type: 'publishable' })
    let key = keys.find((k) => !k.revoked_at && k.title.endsWith(`(${tenant.slug})`))
    if (!key) {
      const { result: created } = await createApiKeysWorkflow(container).run({
        input: {
          api_keys: [{ title: publishableKeyTitle(tenant), type: 'publishable', created_by: '' }],
        },
      })
      key = created[0]
      if (!key) throw new Error(`seed: no publishable key for ${tenant.slug}`)
      await linkSalesChannelsToApiKeyWorkflow(container).run({
        input: { id: key.id, add: [channel.id] },
      })
    }

    result.push({ slug: tenant.slug, salesChannelId: channel.id, publishableKey: key.token })
  }

  return result
}
