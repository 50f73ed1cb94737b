import type { MedusaContainer } from '@medusajs/framework/types'
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils'
import {
  createRegionsWorkflow,
  createTaxRegionsWorkflow,
  updateRegionsWorkflow,
} from '@medusajs/medusa/core-flows'

/** The region every tenant sells in. */
export const VIETNAM_REGION = { name: 'Việt Nam', currency: 'vnd', country: 'vn' } as const

/**
 * Ensures the Vietnam region in VND with tax-inclusive prices, its tax region, and the given
 * payment providers enabled in it. Returns the region id.
 */
export async function seedRegion(
  container: MedusaContainer,
  paymentProviders: string[],
): Promise<string> {
  const regions = container.resolve(Modules.REGION)
  const tax = container.resolve(Modules.TAX)
  const [existing] = await regions.listRegions({ currency_code: VIETNAM_REGION.currency })

  let regionId: string
  if (existing) {
    regionId = existing.id
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: 'region',
      fields: ['payment_providers.id'],
      filters: { id: regionId },
    })
    const current = ((data[0]?.payment_providers ?? []) as ({ id: string } | null)[])
      .flatMap((p) => (p ? [p.id] : []))
      .sort()
    if (current.join() !== [...paymentProviders].sort().join()) {
      await updateRegionsWorkflow(container).run({
        input: { selector: { id: regionId }, update: { payment_providers: paymentProviders } },
      })
    }
  } else {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: VIETNAM_REGION.name,
            currency_code: VIETNAM_REGION.currency,
            countries: [VIETNAM_REGION.country],
            payment_providers: paymentProviders,
            is_tax_inclusive: true,
            automatic_taxes: true,
          },
        ],
      },
    })
    const created = result[0]
    if (!created) throw new Error('seed: region not created')
    regionId = created.id
  }

  const taxRegions = await tax.listTaxRegions({ country_code: VIETNAM_REGION.country })
  if (taxRegions.length === 0) {
    await createTaxRegionsWorkflow(container).run({
      input: [{ country_code: VIETNAM_REGION.country, provider_id: 'tp_system' }],
    })
  }

  return regionId
}
