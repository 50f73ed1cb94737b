import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { revokeTokensOf } from '../../../lib/vendor/member-token-revocation'
import { vendorScope } from '../../../lib/vendor/vendor-scope'

/** Signs the member out everywhere: every token issued so far stops working. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const scope = await vendorScope(req)
  await revokeTokensOf(scope.pg, req.auth_context.auth_identity_id)

  res.json({ signed_out: true })
}
