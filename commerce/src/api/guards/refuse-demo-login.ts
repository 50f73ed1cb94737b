import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { MedusaError } from '@medusajs/framework/utils'
import { demoLoginsRefused, isDemoAccount, readEnv } from '../../lib/env'

/**
 * Refuses email/password log-ins of the demo accounts when the platform runs in production,
 * whichever actor type (admin user, cooperative member, customer) the route is for.
 */
export function refuseDemoLogin(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction,
): void {
  const env = readEnv()
  const email = (req.body as { email?: unknown } | undefined)?.email
  if (demoLoginsRefused(env) && typeof email === 'string' && isDemoAccount(email, env)) {
    next(
      new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        'Demo log-ins are disabled when the platform runs with NODE_ENV=production',
      ),
    )

    return
  }
  next()
}
