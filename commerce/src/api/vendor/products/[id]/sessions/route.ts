import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { vendorScope } from '../../../../../lib/vendor/vendor-scope'
import {
  assertOwnExperience,
  requestedSessionTimes,
} from '../../../../../lib/vendor/vendor-sessions'
import { createVendorSessionsWorkflow } from '../../../../../workflows/vendor/create-vendor-sessions'
import type { CreateSessionsBody } from '../../../../admin/hoaban/validators'

/**
 * Adds one session, or every session of a weekly rule (Vietnam times), to one of the
 * cooperative's experiences. Answers the number created.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<CreateSessionsBody>,
  res: MedusaResponse,
): Promise<void> {
  const scope = await vendorScope(req)
  const productId = req.params.id ?? ''
  await assertOwnExperience(scope, productId)
  const body = req.validatedBody
  const times = requestedSessionTimes(body)

  const { result } = await createVendorSessionsWorkflow(req.scope).run({
    input: {
      product_id: productId,
      times,
      capacity: body.capacity,
      language: body.language ?? 'vi',
      meeting_point: body.meeting_point ?? null,
    },
  })

  res.status(201).json({ created: result.length })
}
