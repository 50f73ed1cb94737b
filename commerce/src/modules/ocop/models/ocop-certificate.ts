import { model } from '@medusajs/framework/utils'
import { OCOP_GROUPS, OCOP_ISSUING_LEVELS } from '../certificate-rules'

/**
 * One OCOP certificate per product: stars 3-5, numbers, issuing level, official product group
 * and dates. `status` is what the daily job last recorded; readers derive it from the dates.
 */
export const OcopCertificate = model
  .define('ocop_certificate', {
    id: model.id({ prefix: 'ocop' }).primaryKey(),
    stars: model.number(),
    certificate_number: model.text().searchable(),
    decision_number: model.text().nullable(),
    issuing_level: model.enum([...OCOP_ISSUING_LEVELS]),
    product_group: model.enum([...OCOP_GROUPS]),
    issued_at: model.dateTime(),
    expires_at: model.dateTime(),
    revoked_at: model.dateTime().nullable(),
    status: model.enum(['valid', 'expired', 'revoked', 'pending']).default('valid'),
  })
  .indexes([{ on: ['certificate_number'], unique: true, where: 'deleted_at IS NULL' }])
