import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { vendorScope } from '../../../lib/vendor/vendor-scope'
import { listVendorExperiences } from '../../../lib/vendor/vendor-sessions'

/** The cooperative's experience products, the ones sessions can be added to. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const scope = await vendorScope(req)

  res.json({ experiences: await listVendorExperiences(scope) })
}
