import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
} from '@medusajs/framework/http'
import { readPhotoUpload } from '../guards/read-photo-upload'
import {
  checkInBody,
  createVendorProductBody,
  updateVendorProductBody,
  updateVendorVariantBody,
  vendorCertificateBody,
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
    matcher: '/vendor/products/:id/certificate',
    methods: ['POST'],
    middlewares: [validateAndTransformBody(vendorCertificateBody)],
  },
  {
    matcher: '/vendor/products/:id/images',
    methods: ['POST'],
    middlewares: [readPhotoUpload],
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
