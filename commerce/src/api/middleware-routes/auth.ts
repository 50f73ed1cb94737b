import type { MiddlewareRoute } from '@medusajs/framework/http'
import { refuseDemoLogin } from '../guards/refuse-demo-login'

/** Guards on Medusa's own auth routes. */
export const authRoutes: MiddlewareRoute[] = [
  {
    matcher: '/auth/*/emailpass',
    methods: ['POST'],
    middlewares: [refuseDemoLogin],
  },
]
