import { type MiddlewareRoute, validateAndTransformBody } from '@medusajs/framework/http'
import { createSessionsBody } from '../admin/hoaban/validators'
import { fulfilOrderItemsBody, paymentReceivedBody } from '../vendor/orders/validators'
import { vendorSessionChangeBody } from '../vendor/sessions/validators'

/**
 * Body checks of the cooperative members' day-to-day routes: fulfilling orders, collecting
 * payments, running sessions. Sign-in is checked by the `/vendor/*` entry of vendorRoutes.
 */
export const vendorOperationRoutes: MiddlewareRoute[] = [
  {
    matcher: '/vendor/orders/:id/fulfilments',
    methods: ['POST'],
    middlewares: [validateAndTransformBody(fulfilOrderItemsBody)],
  },
  {
    matcher: '/vendor/orders/:id/payment-received',
    methods: ['POST'],
    middlewares: [validateAndTransformBody(paymentReceivedBody)],
  },
  {
    // The same one-session-or-weekly-rule body as the admin route.
    matcher: '/vendor/products/:id/sessions',
    methods: ['POST'],
    middlewares: [validateAndTransformBody(createSessionsBody)],
  },
  {
    matcher: '/vendor/sessions/:id',
    methods: ['POST'],
    middlewares: [validateAndTransformBody(vendorSessionChangeBody)],
  },
]
