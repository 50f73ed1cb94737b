import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { updateSessionWorkflow } from '../../../../../workflows/booking/update-session'
import type { UpdateSessionBody } from '../../validators'

/** Moves or cancels a session; its booked customers get a message. */
export async function POST(
  req: AuthenticatedMedusaRequest<UpdateSessionBody>,
  res: MedusaResponse,
): Promise<void> {
  const { result } = await updateSessionWorkflow(req.scope).run({
    input: { id: req.params.id ?? '', ...req.validatedBody },
  })

  res.json(result)
}
