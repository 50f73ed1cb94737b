import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils'
import { toStoreOcop, type CertificateRecord } from '../../../../../../lib/store/store-ocop'
import { setProductCertificateWorkflow } from '../../../../../../workflows/admin/set-product-certificate'
import type { SetCertificateBody } from '../../../validators'

async function load(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: 'product',
    fields: [
      'id',
      'ocop_certificate.*',
      'cooperative.id',
      'cooperative.handle',
      'cooperative.name_vi',
    ],
    filters: { id },
  })
  const product = data[0] as
    | {
        ocop_certificate?: (CertificateRecord & Record<string, unknown>) | null
        cooperative?: unknown
      }
    | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${id} not found`)
  const cert = product.ocop_certificate

  return {
    certificate: cert ? { ...cert, store_view: toStoreOcop(cert) } : null,
    cooperative: product.cooperative ?? null,
  }
}

/** The product's OCOP certificate (with what the store shows) and cooperative. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  res.json(await load(req, req.params.id ?? ''))
}

/** Creates or replaces the product's certificate; expiry = issue date + 36 months. */
export async function POST(
  req: AuthenticatedMedusaRequest<SetCertificateBody>,
  res: MedusaResponse,
): Promise<void> {
  const id = req.params.id ?? ''
  await load(req, id)
  await setProductCertificateWorkflow(req.scope).run({
    input: { product_id: id, ...req.validatedBody },
  })

  res.json(await load(req, id))
}
