import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { loadVendorDashboard } from '../../../lib/vendor/vendor-dashboard'
import { vendorScope } from '../../../lib/vendor/vendor-scope'

/** What the member's cooperative has to do next. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  res.json(await loadVendorDashboard(await vendorScope(req)))
}
