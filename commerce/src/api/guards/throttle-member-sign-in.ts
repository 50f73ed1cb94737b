import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { ContainerRegistrationKeys } from '@medusajs/framework/utils'
import {
  clearAfterSuccess,
  countAttempt,
  signInThrottle,
  throttleEmailKey,
} from '../../lib/auth/sign-in-throttle'
import { readEnv } from '../../lib/env'

/**
 * Slows down password guessing on `POST /auth/cooperative_member/emailpass`: each attempt is
 * counted (per lowercased email and per client IP, atomically in PostgreSQL) before Medusa
 * checks the password; over the limit the answer is 429 with `Retry-After`. A successful
 * sign-in clears the email's count.
 */
export async function throttleMemberSignIn(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
): Promise<void> {
  try {
    const env = readEnv()
    const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const throttle = await signInThrottle(pg, {
      windowSeconds: env.COMMERCE_LOGIN_WINDOW_SECONDS,
      perEmail: env.COMMERCE_LOGIN_MAX_PER_EMAIL,
      perIp: env.COMMERCE_LOGIN_MAX_PER_IP,
    })
    const email = throttleEmailKey((req.body as { email?: unknown } | undefined)?.email)
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown'

    const refused = await countAttempt(throttle, email, ip)
    if (refused) {
      const minutes = Math.ceil(refused.retryAfterSeconds / 60)
      req.scope
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`cooperative member sign-in throttled by ${refused.scope}`)
      res.setHeader('Retry-After', String(refused.retryAfterSeconds))
      res.status(429).json({
        type: 'too_many_requests',
        message:
          `Too many failed sign-ins for this ${refused.scope === 'email' ? 'email' : 'network'}; ` +
          `try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
      })

      return
    }

    // Medusa answers a correct password with 200 {token}; the count is cleared before the
    // answer leaves, so the member's next attempt already starts afresh.
    const send = res.json.bind(res)
    res.json = (body: unknown) => {
      if (res.statusCode !== 200) return send(body)
      clearAfterSuccess(throttle, email, ip)
        .catch((error: unknown) =>
          req.scope
            .resolve(ContainerRegistrationKeys.LOGGER)
            .warn(`sign-in throttle not cleared: ${(error as Error).message}`),
        )
        .finally(() => send(body))

      return res
    }
    next()
  } catch (error) {
    next(error)
  }
}
