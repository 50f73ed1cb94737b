import type { MiddlewareRoute } from '@medusajs/framework/http'
import { keepTenantAdminToAllowList } from '../guards/keep-tenant-admin-to-allow-list'

/**
 * Tenant admins' fence around the whole admin API. Without `methods` this is a global
 * middleware: Medusa registers it after its own `/admin` authentication, which sets
 * `req.auth_context`, and before every admin route and route middleware.
 */
export const tenantAdminRoutes: MiddlewareRoute[] = [
  {
    matcher: '/admin/*',
    middlewares: [keepTenantAdminToAllowList],
  },
]
