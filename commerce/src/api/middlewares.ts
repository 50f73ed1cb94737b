import { defineMiddlewares } from '@medusajs/framework/http'

/** Route-level settings Medusa cannot infer from the route files. */
export default defineMiddlewares({
  routes: [
    {
      // The VietQR signature covers the exact bytes the bank sent.
      matcher: '/hooks/vietqr',
      method: ['POST'],
      bodyParser: { preserveRawBody: true },
    },
  ],
})
