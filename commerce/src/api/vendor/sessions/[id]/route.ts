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
 * tells its booked customers. A new start alone keeps the session's length; a session cannot
 * move into the past, and a cancelled session stays cancelled.
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

  const change = req.validatedBody
  if (change.starts_at && new Date(change.starts_at).getTime() <= Date.now()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'starts_at: must be in the future')
  }
  // Moving only the start keeps the session's length.
  const endsAt =
    change.starts_at && !change.ends_at
      ? new Date(
          new Date(change.starts_at).getTime() +
            (Date.parse(current.ends_at) - Date.parse(current.starts_at)),
        ).toISOString()
      : change.ends_at

  const { result } = await updateSessionWorkflow(req.scope).run({
    input: { id, ...change, ...(endsAt ? { ends_at: endsAt } : {}) },
  })

  res.json({ session: await loadVendorSession(scope, id), notified: result.notified })
}
