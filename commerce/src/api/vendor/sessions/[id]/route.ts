import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { MedusaError } from '@medusajs/framework/utils'
import { vendorScope } from '../../../../lib/vendor/vendor-scope'
import { loadVendorSession } from '../../../../lib/vendor/vendor-sessions'
import { updateSessionWorkflow } from '../../../../workflows/booking/update-session'
import type { VendorSessionChangeBody } from '../validators'

/** One of the cooperative's sessions. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const scope = await vendorScope(req)

  res.json({ session: await loadVendorSession(scope, req.params.id ?? '') })
}

/**
 * Moves or cancels one of the cooperative's sessions through the booking workflow, which
 * tells its booked customers. A cancelled session stays cancelled.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<VendorSessionChangeBody>,
  res: MedusaResponse,
): Promise<void> {
  const scope = await vendorScope(req)
  const id = req.params.id ?? ''
  const current = await loadVendorSession(scope, id)
  if (current.status === 'cancelled') {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, 'status: the session is cancelled')
  }

  const { result } = await updateSessionWorkflow(req.scope).run({
    input: { id, ...req.validatedBody },
  })

  res.json({ session: await loadVendorSession(scope, id), notified: result.notified })
}
