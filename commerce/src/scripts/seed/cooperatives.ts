import type { MedusaContainer } from '@medusajs/framework/types'
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils'
import { cooperativeKind, cooperativeTenant } from '../../lib/catalog/cooperative-seed-data'
import {
  type AnchorLookup,
  cooperativePointMetadata,
  lacksPoint,
} from '../../lib/catalog/map-anchors'
import type { CooperativeData } from '../../lib/catalog/reference-data'
import { COOPERATIVE_MODULE } from '../../modules/cooperative'
import type CooperativeModuleService from '../../modules/cooperative/service'

/**
 * Ensures every cooperative of the reference data (handle = reference id), at its map anchor
 * when it has one, and links it to its products. A cooperative seeded before it had coordinates
 * gets them added to its metadata, nothing else changed. Returns the number created.
 */
export async function seedCooperatives(
  container: MedusaContainer,
  cooperatives: CooperativeData[],
  anchors: AnchorLookup,
): Promise<number> {
  const service = container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const productModule = container.resolve(Modules.PRODUCT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const existing = await service.listCooperatives({ handle: cooperatives.map((c) => c.id) })
  const unplaced = existing.flatMap((c) => {
    const point = cooperativePointMetadata(anchors('cooperative', c.handle))
    if (Object.keys(point).length === 0 || !lacksPoint(c.metadata, ['lat', 'lng'])) return []

    return [{ id: c.id, metadata: { ...c.metadata, ...point } }]
  })
  if (unplaced.length > 0) await service.updateCooperatives(unplaced)
  const have = new Set(existing.map((c) => c.handle))
  const missing = cooperatives.filter((c) => !have.has(c.id))
  const created = missing.length
    ? await service.createCooperatives(
        missing.map((c) => ({
          handle: c.id,
          name_vi: c.name_vi,
          name_en: c.name_en,
          kind: cooperativeKind(c.type),
          commune: c.commune_pre2025,
          district: c.district_pre2025,
          tenant_slug: cooperativeTenant(c),
          contact: null,
          payout_bank: null,
          description_vi: [c.brand, c.members].filter(Boolean).join(' · ') || null,
          description_en: null,
          logo_url: null,
          metadata: {
            founded: c.founded ?? null,
            source_type: c.type,
            ...cooperativePointMetadata(anchors('cooperative', c.id)),
          },
        })),
      )
    : []
  const byHandle = new Map([...existing, ...created].map((c) => [c.handle, c.id]))

  const products = await productModule.listProducts(
    { handle: cooperatives.flatMap((c) => c.products) },
    { select: ['id', 'handle'] },
  )
  const { data: linked } = await query.graph({
    entity: 'product',
    fields: ['id', 'cooperative.id'],
    filters: { id: products.map((p) => p.id) },
  })
  const alreadyLinked = new Set(
    (linked as { id: string; cooperative?: { id: string } | null }[])
      .filter((p) => p.cooperative)
      .map((p) => p.id),
  )

  const links = cooperatives.flatMap((coop) =>
    coop.products.flatMap((handle) => {
      const product = products.find((p) => p.handle === handle)
      const cooperativeId = byHandle.get(coop.id)
      if (!product || !cooperativeId || alreadyLinked.has(product.id)) return []

      return [
        {
          [COOPERATIVE_MODULE]: { cooperative_id: cooperativeId },
          [Modules.PRODUCT]: { product_id: product.id },
        },
      ]
    }),
  )
  if (links.length > 0) await link.create(links)

  return created.length
}
