import { model } from '@medusajs/framework/utils'
import { CooperativeMember } from './cooperative-member'

/** A producer selling on Hoa Ban: cooperative, household business or company. */
export const Cooperative = model
  .define('cooperative', {
    id: model.id({ prefix: 'coop' }).primaryKey(),
    handle: model.text(),
    name_vi: model.text().searchable(),
    name_en: model.text().searchable(),
    kind: model.enum(['cooperative', 'household_business', 'company']),
    commune: model.text().nullable(),
    district: model.text().nullable(),
    tenant_slug: model.text(),
    contact: model.json().nullable(),
    payout_bank: model.json().nullable(),
    description_vi: model.text().nullable(),
    description_en: model.text().nullable(),
    logo_url: model.text().nullable(),
    metadata: model.json().nullable(),
    members: model.hasMany(() => CooperativeMember, { mappedBy: 'cooperative' }),
  })
  .indexes([{ on: ['handle'], unique: true, where: 'deleted_at IS NULL' }])
