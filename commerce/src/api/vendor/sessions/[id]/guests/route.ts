import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { vendorScope } from '../../../../../lib/vendor/vendor-scope'
import { listSessionGuests, loadVendorSession } from '../../../../../lib/vendor/vendor-sessions'

/** The guest list of one of the cooperative's sessions. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const scope = await vendorScope(req)
  const id = req.params.id ?? ''
  const session = await loadVendorSession(scope, id)

  res.json({ session, guests: await listSessionGuests(scope, id) })
}
