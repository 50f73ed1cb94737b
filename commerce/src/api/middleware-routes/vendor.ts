import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
} from '@medusajs/framework/http'
import {
  checkInBody,
  createVendorProductBody,
  updateVendorProductBody,
  updateVendorVariantBody,
} from '../vendor/validators'

/** The cooperative members' API under /vendor. */
export const vendorRoutes: MiddlewareRoute[] = [
  {
    // Cooperative members are their own actor type; admins and customers get 401 here.
    matcher: '/vendor/*',
    middlewares: [authenticate('cooperative_member', ['bearer', 'session'])],
  },
  {
    matcher: '/vendor/products',
    methods: ['POST'],
    middlewares: [validateAndTransformBody(createVendorProductBody)],
  },
  {
    matcher: '/vendor/products/:id',
    methods: ['POST'],
    middlewares: [validateAndTransformBody(updateVendorProductBody)],
  },
  {
    matcher: '/vendor/products/:id/variants/:variant_id',
    methods: ['POST'],
    middlewares: [validateAndTransformBody(updateVendorVariantBody)],
  },
  {
    matcher: '/vendor/check-ins',
    methods: ['POST'],
    middlewares: [validateAndTransformBody(checkInBody)],
  },
]
