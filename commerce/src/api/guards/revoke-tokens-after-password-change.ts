import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { ContainerRegistrationKeys } from '@medusajs/framework/utils'
import { revokeTokensOf } from '../../lib/vendor/member-token-revocation'

/**
 * After Medusa sets a member's new password (`POST /auth/cooperative_member/emailpass/update`
 * with the reset link's token), every token issued before ends, so whoever held the old
 * password loses the session too. The answer waits for the revocation.
 */
export function revokeTokensAfterPasswordChange(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
): void {
  const email = (req.body as { email?: unknown } | undefined)?.email
  const send = res.json.bind(res)
  res.json = (body: unknown) => {
    if (res.statusCode !== 200 || typeof email !== 'string') return send(body)
    const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    pg('provider_identity')
      .first('auth_identity_id')
      .where({ provider: 'emailpass', entity_id: email })
      .whereNull('deleted_at')
      .then(async (row: { auth_identity_id: string } | undefined) => {
        if (row) await revokeTokensOf(pg, row.auth_identity_id)
      })
      .catch((error: unknown) =>
        req.scope
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(`tokens not revoked after a password change: ${(error as Error).message}`),
      )
      .finally(() => send(body))

    return res
  }
  next()
}
