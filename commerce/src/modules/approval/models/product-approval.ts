import { model } from '@medusajs/framework/utils'

/** What an approval decides: a new product going live, or a proposed OCOP certificate. */
export const APPROVAL_KINDS = ['new_product', 'certificate'] as const
export type ApprovalKind = (typeof APPROVAL_KINDS)[number]

/** Where an approval stands; only a pending one can be decided. */
export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected'] as const
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number]

/**
 * A cooperative's request that a tenant admin must decide: a new product (published on
 * approval) or a certificate (`proposed` holds its fields; applied on approval).
 */
export const ProductApproval = model
  .define('product_approval', {
    id: model.id({ prefix: 'appr' }).primaryKey(),
    kind: model.enum([...APPROVAL_KINDS]),
    status: model.enum([...APPROVAL_STATUSES]).default('pending'),
    product_id: model.text(),
    cooperative_id: model.text(),
    tenant_slug: model.text(),
    proposed: model.json().nullable(),
    reason: model.text().nullable(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ['product_id'] },
    { on: ['tenant_slug', 'status'] },
    // One pending approval of each kind per product: a second proposal replaces the first.
    {
      on: ['product_id', 'kind'],
      unique: true,
      where: "status = 'pending' AND deleted_at IS NULL",
    },
  ])
