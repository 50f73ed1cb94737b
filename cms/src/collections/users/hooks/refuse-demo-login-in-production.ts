import { APIError, type CollectionBeforeLoginHook } from 'payload'

import { demoLoginsRefused, env } from '../../../config/env'

/** True when an account is one of the demo log-ins, which production must never accept. */
export function isDemoAccount(user: { email?: unknown; isDemo?: unknown }): boolean {
  return user.isDemo === true || user.email === env.DEMO_ADMIN_EMAIL
}

/** Refuses the demo accounts when NODE_ENV=production. */
export const refuseDemoLoginInProduction: CollectionBeforeLoginHook = ({ user }) => {
  if (demoLoginsRefused(env) && isDemoAccount(user as { email?: unknown })) {
    throw new APIError('Demo accounts are disabled in production', 403, undefined, true)
  }

  return user
}
