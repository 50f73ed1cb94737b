import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { vendorScope } from '../../../lib/vendor/vendor-scope'

/** The signed-in member and their cooperative (without its payout account). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const scope = await vendorScope(req)
  const member = await scope
    .pg('cooperative_member')
    .first('id', 'email', 'name')
    .where('id', scope.memberId)
  const cooperative = await scope
    .pg('cooperative')
    .first('id', 'handle', 'name_vi', 'name_en', 'kind', 'tenant_slug')
    .where('id', scope.cooperativeId)

  res.json({ member, cooperative })
}
