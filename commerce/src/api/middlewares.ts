import { defineMiddlewares } from '@medusajs/framework/http'
import { adminRoutes } from './middleware-routes/admin'
import { authRoutes } from './middleware-routes/auth'
import { portalRoutes } from './middleware-routes/portal'
import { storeRoutes } from './middleware-routes/store'
import { tenantAdminRoutes } from './middleware-routes/tenant-admin'
import { vendorRoutes } from './middleware-routes/vendor'
import { vendorOperationRoutes } from './middleware-routes/vendor-operations'

/** Route-level settings Medusa cannot infer from the route files, one list per API area. */
export default defineMiddlewares({
  routes: [
    ...storeRoutes,
    ...authRoutes,
    ...portalRoutes,
    ...vendorRoutes,
    ...vendorOperationRoutes,
    ...tenantAdminRoutes,
    ...adminRoutes,
  ],
})
