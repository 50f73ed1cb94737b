import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils'
import { generateJwtTokenForAuthIdentity } from '@medusajs/medusa/api/auth/utils/generate-jwt-token'
import { hashInviteToken } from '../../../../../lib/invites/invite-token'
import { acceptMemberInviteWorkflow } from '../../../../../workflows/invites/accept-member-invite'
import type { AcceptInviteBody } from '../../validators'

/**
 * Accepts an invite with the member's chosen password: creates the member and their sign-in,
 * and answers 201 with a `cooperative_member` token signed like Medusa's own sign-in.
 */
export async function POST(
  req: MedusaRequest<AcceptInviteBody>,
  res: MedusaResponse,
): Promise<void> {
  const { result } = await acceptMemberInviteWorkflow(req.scope).run({
    input: {
      token_hash: hashInviteToken(req.validatedBody.token),
      password: req.validatedBody.password,
    },
  })
  const authIdentity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(result.auth_identity_id, { relations: ['provider_identities'] })
  const { http } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const token = await generateJwtTokenForAuthIdentity(
    {
      authIdentity,
      actorType: 'cooperative_member',
      authProvider: 'emailpass',
      container: req.scope,
      mfaEnabled: false,
    },
    { secret: http.jwtSecret as string, expiresIn: http.jwtExpiresIn, options: http.jwtOptions },
  )

  res.status(201).json({ token })
}
