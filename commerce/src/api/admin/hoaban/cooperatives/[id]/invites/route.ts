import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { MedusaError } from '@medusajs/framework/utils'
import { adminTenantSlug, assertTenantAccess } from '../../../../../../lib/admin/admin-tenant'
import { readEnv } from '../../../../../../lib/env'
import { inviteExpiry, newInviteToken } from '../../../../../../lib/invites/invite-token'
import { storefrontUrlFor } from '../../../../../../lib/tenants'
import { COOPERATIVE_MODULE } from '../../../../../../modules/cooperative'
import type CooperativeModuleService from '../../../../../../modules/cooperative/service'
import { MEMBER_INVITE_MODULE } from '../../../../../../modules/member-invite'
import type MemberInviteModuleService from '../../../../../../modules/member-invite/service'
import { inviteCooperativeMemberWorkflow } from '../../../../../../workflows/invites/invite-cooperative-member'
import type { CreateInviteBody } from '../../../validators'

/** The cooperative, if the admin may manage it; another tenant's is a 404. */
async function ownCooperative(req: AuthenticatedMedusaRequest) {
  const id = req.params.id ?? ''
  const tenant = await adminTenantSlug(req)
  const [cooperative] = await req.scope
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listCooperatives({ id }, { select: ['id', 'name_vi', 'tenant_slug'] })
  if (!cooperative)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative ${id} not found`)
  assertTenantAccess(tenant, cooperative.tenant_slug, `Cooperative ${id}`)

  return cooperative
}

/** The cooperative's invites, newest first, with whether and when each was used. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const cooperative = await ownCooperative(req)
  const invites = await req.scope
    .resolve<MemberInviteModuleService>(MEMBER_INVITE_MODULE)
    .listMemberInvites(
      { cooperative_id: cooperative.id },
      {
        select: ['id', 'email', 'name', 'expires_at', 'accepted_at', 'created_at'],
        order: { created_at: 'DESC' },
        take: null,
      },
    )

  res.json({ invites })
}

/**
 * Invites a person by email to become a member of the cooperative: a single-use link to the
 * portal of the cooperative's tenant, valid 7 days.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<CreateInviteBody>,
  res: MedusaResponse,
): Promise<void> {
  const cooperative = await ownCooperative(req)
  const email = req.validatedBody.email.trim().toLowerCase()
  const [member] = await req.scope
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listCooperativeMembers({ email }, { select: ['id'] })
  if (member) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'email: already a cooperative member')
  }
  const { token, hash } = newInviteToken()
  const link = new URL(
    '/portal/accept-invite',
    storefrontUrlFor(cooperative.tenant_slug, readEnv()),
  )
  link.searchParams.set('token', token)

  const { result } = await inviteCooperativeMemberWorkflow(req.scope).run({
    input: {
      email,
      name: req.validatedBody.name ?? null,
      cooperative_id: cooperative.id,
      token_hash: hash,
      expires_at: inviteExpiry(),
      invited_by: req.auth_context.actor_id,
      link: link.toString(),
      cooperative_name: cooperative.name_vi,
    },
  })

  res.status(201).json({
    invite: {
      id: result.id,
      email: result.email,
      expires_at: new Date(result.expires_at).toISOString(),
    },
  })
}
