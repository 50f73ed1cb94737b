import type { Knex } from '@medusajs/framework/mikro-orm/knex'

/**
 * The `iat` (seconds) of the bearer token on a request, or null when the request carries none
 * (a session cookie) or it cannot be read. Medusa has verified the token before this runs.
 */
export function bearerIssuedAt(authorization: string | undefined): number | null {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1]
  const payload = token?.split('.')[1]
  if (!payload) return null
  try {
    const iat = (
      JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { iat?: unknown }
    ).iat

    return typeof iat === 'number' ? iat : null
  } catch {
    return null
  }
}

/**
 * Ends every token of an auth identity issued before now: signing out or setting a new password
 * must not leave a copied token working until it expires. Stored as `tokens_valid_after`
 * (seconds) in the identity's app_metadata.
 */
export async function revokeTokensOf(pg: Knex, authIdentityId: string): Promise<void> {
  await pg('auth_identity')
    .where('id', authIdentityId)
    .update({
      app_metadata: pg.raw(
        `jsonb_set(coalesce(app_metadata, '{}'::jsonb), '{tokens_valid_after}', to_jsonb(?::bigint))`,
        // The whole current second counts as before: a token copied a moment ago ends too.
        [Math.floor(Date.now() / 1000) + 1],
      ),
    })
}

/** True when a token issued at `iat` was ended by {@link revokeTokensOf}. */
export function isRevoked(iat: number | null, validAfter: unknown): boolean {
  const after = Number(validAfter)

  return iat !== null && Number.isFinite(after) && iat < after
}
