import { model } from '@medusajs/framework/utils'

/**
 * An invitation for a person to become a member of a cooperative. Only the SHA-256 of the
 * token is stored; the token itself travels in the invite link. Valid until `expires_at`,
 * once: `accepted_at` is set when it is used.
 */
export const MemberInvite = model
  .define('member_invite', {
    id: model.id({ prefix: 'minv' }).primaryKey(),
    email: model.text(),
    name: model.text().nullable(),
    cooperative_id: model.text(),
    token_hash: model.text(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    member_id: model.text().nullable(),
    invited_by: model.text().nullable(),
  })
  .indexes([
    { on: ['token_hash'], unique: true, where: 'deleted_at IS NULL' },
    { on: ['cooperative_id'] },
  ])
