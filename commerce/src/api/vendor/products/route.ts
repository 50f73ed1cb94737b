import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { Modules } from '@medusajs/framework/utils'
import { productHandleFor } from '../../../lib/vendor/product-handle'
import { loadVendorProducts } from '../../../lib/vendor/vendor-product'
import { ownProductIds, vendorScope } from '../../../lib/vendor/vendor-scope'
import { AREA_TENANT_SLUG } from '../../../lib/tenants'
import { createVendorProductWorkflow } from '../../../workflows/vendor/create-vendor-product'
import type { CreateVendorProductBody } from '../validators'

/** The member's cooperative's products, and only those. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const scope = await vendorScope(req)
  const products = await loadVendorProducts(req.scope, await ownProductIds(scope))

  res.json({ products, count: products.length })
}

/**
 * Creates a product for the member's cooperative, on its tenant's channel and the area shop,
 * as a draft with its VND price and stock, waiting for a tenant admin's approval.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<CreateVendorProductBody>,
  res: MedusaResponse,
): Promise<void> {
  const scope = await vendorScope(req)
  const cooperative = (await scope
    .pg('cooperative')
    .first('tenant_slug')
    .where('id', scope.cooperativeId)) as { tenant_slug: string }
  const channels = (await scope
    .pg('sales_channel')
    .select('id')
    .whereNull('deleted_at')
    .whereRaw("metadata->>'tenant' = any(?)", [[cooperative.tenant_slug, AREA_TENANT_SLUG]])) as {
    id: string
  }[]
  const body = req.validatedBody
  const taken = new Set(
    (
      (await scope
        .pg('product')
        .select('handle')
        .whereNull('deleted_at')
        .where('handle', 'like', `${productHandleFor(body.title, () => false)}%`)) as {
        handle: string
      }[]
    ).map((p) => p.handle),
  )
  const handle = body.handle ?? productHandleFor(body.title, (h) => taken.has(h))
  const [store] = await req.scope.resolve(Modules.STORE).listStores()
  const [profile] = await req.scope
    .resolve(Modules.FULFILLMENT)
    .listShippingProfiles({ type: 'default' })

  const { result } = await createVendorProductWorkflow(req.scope).run({
    input: {
      ...body,
      handle,
      cooperative_id: scope.cooperativeId,
      tenant_slug: cooperative.tenant_slug,
      sales_channel_ids: channels.map((c) => c.id),
      shipping_profile_id: profile?.id ?? '',
      location_id: store?.default_location_id ?? '',
    },
  })
  const [product] = await loadVendorProducts(req.scope, [result.id])

  res.status(201).json({ product })
}
