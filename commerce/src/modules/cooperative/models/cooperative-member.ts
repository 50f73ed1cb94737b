import { model } from '@medusajs/framework/utils'
import { Cooperative } from './cooperative'

/** A person who signs in to the vendor API for one cooperative (actor `cooperative_member`). */
export const CooperativeMember = model
  .define('cooperative_member', {
    id: model.id({ prefix: 'coopmem' }).primaryKey(),
    email: model.text(),
    name: model.text().nullable(),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: 'members' }),
  })
  .indexes([{ on: ['email'], unique: true, where: 'deleted_at IS NULL' }])
