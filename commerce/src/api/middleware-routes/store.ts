import { type MiddlewareRoute, validateAndTransformBody } from '@medusajs/framework/http'
import { refuseForeignVariant } from '../guards/refuse-foreign-variant'
import { refuseFractionalQuantity } from '../guards/refuse-fractional-quantity'
import { cancelOwnBookingBody } from '../store/hoaban/validators'

/** Store API guards on carts and bodies of Hoa Ban's store routes. */
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
    matcher: '/store/hoaban/bookings/:id/cancel',
    methods: ['POST'],
    middlewares: [validateAndTransformBody(cancelOwnBookingBody)],
  },
  {
    // The VietQR signature covers the exact bytes the bank sent.
    matcher: '/hooks/vietqr',
    methods: ['POST'],
    bodyParser: { preserveRawBody: true },
  },
]
