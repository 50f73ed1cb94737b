import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { loadVendorProducts } from '../../../../../lib/vendor/vendor-product'
import { assertOwnProduct, vendorScope } from '../../../../../lib/vendor/vendor-scope'
import { proposeCertificateWorkflow } from '../../../../../workflows/approval/propose-certificate'
import type { VendorCertificateBody } from '../../../validators'

/**
 * Proposes a new OCOP certificate for one of the cooperative's products. It waits in the
 * approval queue; the live certificate stays until a tenant admin approves (202).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<VendorCertificateBody>,
  res: MedusaResponse,
): Promise<void> {
  const scope = await vendorScope(req)
  const id = req.params.id ?? ''
  await assertOwnProduct(scope, id)
  const cooperative = (await scope
    .pg('cooperative')
    .first('tenant_slug')
    .where('id', scope.cooperativeId)) as { tenant_slug: string }

  await proposeCertificateWorkflow(req.scope).run({
    input: {
      kind: 'certificate',
      product_id: id,
      cooperative_id: scope.cooperativeId,
      tenant_slug: cooperative.tenant_slug,
      proposed: { ...req.validatedBody },
    },
  })
  const [product] = await loadVendorProducts(req.scope, [id])

  res.status(202).json({ product })
}
