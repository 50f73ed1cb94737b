import type { AuthenticatedMedusaRequest } from '@medusajs/framework/http'
import type { Knex } from '@medusajs/framework/mikro-orm/knex'
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils'
import { bearerIssuedAt, isRevoked } from './member-token-revocation'

/** The signed-in cooperative member and the cooperative they act for. */
export type VendorScope = { memberId: string; cooperativeId: string; pg: Knex }

/**
 * Resolves the member behind a `cooperative_member` token. A token whose member was removed,
 * or that was issued before the member signed out or set a new password, gets 401.
 */
export async function vendorScope(req: AuthenticatedMedusaRequest): Promise<VendorScope> {
  const memberId = req.auth_context?.actor_id
  if (!memberId || req.auth_context.actor_type !== 'cooperative_member') {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, 'Sign in as a cooperative member')
  }
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const member = (await pg('cooperative_member as m')
    .first(
      'm.cooperative_id',
      pg.raw(
        `(select app_metadata->>'tokens_valid_after' from auth_identity where id = ?) as valid_after`,
        [req.auth_context.auth_identity_id ?? ''],
      ),
    )
    .where('m.id', memberId)
    .whereNull('m.deleted_at')) as
    { cooperative_id: string; valid_after: string | null } | undefined
  if (!member) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, 'Membership not found')
  if (isRevoked(bearerIssuedAt(req.headers.authorization), member.valid_after)) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, 'Session ended: sign in again')
  }

  return { memberId, cooperativeId: member.cooperative_id, pg }
}

/** Ids of the cooperative's products (not deleted). */
export async function ownProductIds(scope: VendorScope): Promise<string[]> {
  const rows = (await scope
    .pg('cooperative_cooperative_product_product as cp')
    .join('product as p', 'p.id', 'cp.product_id')
    .select('p.id')
    .where('cp.cooperative_id', scope.cooperativeId)
    .whereNull('cp.deleted_at')
    .whereNull('p.deleted_at')) as { id: string }[]

  return rows.map((r) => r.id)
}

/**
 * Stops with 404 unless the product belongs to the member's cooperative: another
 * cooperative's product is answered exactly like one that does not exist.
 */
export async function assertOwnProduct(scope: VendorScope, productId: string): Promise<void> {
  const row = await scope
    .pg('cooperative_cooperative_product_product')
    .first('product_id')
    .where({ cooperative_id: scope.cooperativeId, product_id: productId })
    .whereNull('deleted_at')
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} not found`)
}

/** Stops with 404 unless the variant belongs to one of the cooperative's products. */
export async function assertOwnVariant(
  scope: VendorScope,
  productId: string,
  variantId: string,
): Promise<void> {
  await assertOwnProduct(scope, productId)
  const row = await scope
    .pg('product_variant')
    .first('id')
    .where({ id: variantId, product_id: productId })
    .whereNull('deleted_at')
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${variantId} not found`)
}
