import type { EntityManager } from '@medusajs/framework/mikro-orm/knex'
import type { Context } from '@medusajs/framework/types'
import { InjectManager, MedusaContext, MedusaService } from '@medusajs/framework/utils'
import { MemberInvite } from './models/member-invite'

/** The invite fields a successful claim returns. */
export type ClaimedInvite = {
  id: string
  email: string
  name: string | null
  cooperative_id: string
}

/** Stores the invitations tenant admins send to future cooperative members. */
class MemberInviteModuleService extends MedusaService({ MemberInvite }) {
  /**
   * Uses an invite: marks the one with this token hash accepted if it is unused and not
   * expired, in one conditional UPDATE, so two parallel accepts cannot both succeed.
   * Returns null when there is no such usable invite.
   */
  @InjectManager()
  async claimInvite(
    tokenHash: string,
    @MedusaContext() context: Context<EntityManager> = {},
  ): Promise<ClaimedInvite | null> {
    const rows = await context.manager!.execute<ClaimedInvite[]>(
      `update member_invite set accepted_at = now(), updated_at = now()
       where token_hash = ? and accepted_at is null and deleted_at is null and expires_at > now()
       returning id, email, name, cooperative_id`,
      [tokenHash],
    )

    return rows[0] ?? null
  }

  /** Makes a claimed invite usable again (compensation of a failed acceptance). */
  @InjectManager()
  async releaseInvite(id: string, @MedusaContext() context: Context<EntityManager> = {}) {
    await context.manager!.execute(
      `update member_invite set accepted_at = null, member_id = null, updated_at = now()
       where id = ?`,
      [id],
    )
  }
}

export default MemberInviteModuleService
