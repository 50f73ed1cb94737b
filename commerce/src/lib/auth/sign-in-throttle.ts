import type { Knex } from '@medusajs/framework/mikro-orm/knex'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

/** Limits of the sign-in throttle: failures allowed per email and per IP within a window. */
export type ThrottleLimits = { windowSeconds: number; perEmail: number; perIp: number }

/** The two counters of the sign-in throttle, kept in PostgreSQL table `sign_in_throttle`. */
export type SignInThrottle = { byEmail: RateLimiterPostgres; byIp: RateLimiterPostgres }

/** Why an attempt was refused and how long the caller must wait. */
export type ThrottleRefusal = { scope: 'email' | 'ip'; retryAfterSeconds: number }

const TABLE = 'sign_in_throttle'

let cached: { key: string; throttle: Promise<SignInThrottle> } | undefined

/**
 * The process's sign-in throttle for the given limits, created once. The counters live in
 * PostgreSQL and are updated with one atomic upsert per attempt, so every commerce process
 * sees the same counts and parallel attempts are all counted.
 */
export function signInThrottle(pg: Knex, limits: ThrottleLimits): Promise<SignInThrottle> {
  const key = `${limits.windowSeconds}/${limits.perEmail}/${limits.perIp}`
  if (cached?.key === key) return cached.throttle

  const base = {
    storeClient: pg,
    storeType: 'knex',
    tableName: TABLE,
    duration: limits.windowSeconds,
  }
  const throttle = new Promise<void>((resolve, reject) => {
    // The first counter creates the table (IF NOT EXISTS); the callback reports the result.
    new RateLimiterPostgres({ ...base, keyPrefix: 'member-ip', points: limits.perIp }, (err) =>
      err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(),
    )
  }).then(() => ({
    byEmail: new RateLimiterPostgres({
      ...base,
      keyPrefix: 'member-email',
      points: limits.perEmail,
      tableCreated: true,
    }),
    byIp: new RateLimiterPostgres({
      ...base,
      keyPrefix: 'member-ip',
      points: limits.perIp,
      tableCreated: true,
      clearExpiredByTimeout: true,
    }),
  }))
  cached = { key, throttle }
  throttle.catch(() => {
    if (cached?.throttle === throttle) cached = undefined
  })

  return throttle
}

async function take(
  limiter: RateLimiterPostgres,
  key: string,
  scope: ThrottleRefusal['scope'],
): Promise<ThrottleRefusal | null> {
  try {
    await limiter.consume(key)

    return null
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      return { scope, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) }
    }
    throw error
  }
}

/**
 * Counts one sign-in attempt against the email, then against the IP, before the password is
 * checked. Returns the refusal when either is over its limit; an attempt refused for its
 * email is not counted against the IP.
 */
export async function countAttempt(
  throttle: SignInThrottle,
  email: string | null,
  ip: string,
): Promise<ThrottleRefusal | null> {
  if (email) {
    const refused = await take(throttle.byEmail, email, 'email')
    if (refused) return refused
  }

  return take(throttle.byIp, ip, 'ip')
}

/** After a successful sign-in: the email starts afresh and the attempt leaves the IP's count. */
export async function clearAfterSuccess(
  throttle: SignInThrottle,
  email: string | null,
  ip: string,
): Promise<void> {
  await Promise.all([email ? throttle.byEmail.delete(email) : null, throttle.byIp.reward(ip)])
}

/** The email as the throttle counts it: trimmed and lowercased; null when there is none. */
export function throttleEmailKey(email: unknown): string | null {
  if (typeof email !== 'string') return null
  const key = email.trim().toLowerCase()

  return key === '' ? null : key.slice(0, 254)
}
