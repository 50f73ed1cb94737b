import type { MiddlewareRoute } from '@medusajs/framework/http'
import { refuseForeignVariant } from '../guards/refuse-foreign-variant'
import { refuseFractionalQuantity } from '../guards/refuse-fractional-quantity'

/** Store API guards on carts. */
export const storeRoutes: MiddlewareRoute[] = [
  {
    matcher: '/store/carts/:id/line-items',
    methods: ['POST'],
    middlewares: [refuseFractionalQuantity, refuseForeignVariant],
  },
  {
    matcher: '/store/carts/:id/line-items/:line_id',
    methods: ['POST'],
    middlewares: [refuseFractionalQuantity],
  },
  {
    // The VietQR signature covers the exact bytes the bank sent.
    matcher: '/hooks/vietqr',
    methods: ['POST'],
    bodyParser: { preserveRawBody: true },
  },
]
