import type { MiddlewareRoute } from '@medusajs/framework/http'
import { refuseDemoLogin } from '../guards/refuse-demo-login'
import { revokeTokensAfterPasswordChange } from '../guards/revoke-tokens-after-password-change'
import { throttleMemberSignIn } from '../guards/throttle-member-sign-in'

/** Guards on Medusa's own auth routes. */
export const authRoutes: MiddlewareRoute[] = [
  {
    matcher: '/auth/*/emailpass',
    methods: ['POST'],
    middlewares: [refuseDemoLogin],
  },
  {
    matcher: '/auth/cooperative_member/emailpass',
    methods: ['POST'],
    middlewares: [throttleMemberSignIn],
  },
  {
    matcher: '/auth/cooperative_member/emailpass/update',
    methods: ['POST'],
    middlewares: [revokeTokensAfterPasswordChange],
  },
]
