import { authenticate, defineMiddlewares, validateAndTransformBody } from '@medusajs/framework/http'
import { refuseDemoLogin } from './guards/refuse-demo-login'
import { refuseForeignVariant } from './guards/refuse-foreign-variant'
import { refuseFractionalQuantity } from './guards/refuse-fractional-quantity'
import {
  createSessionsBody,
  setCertificateBody,
  setCooperativeBody,
  updateSessionBody,
} from './admin/hoaban/validators'
import {
  checkInBody,
  createVendorProductBody,
  updateVendorProductBody,
  updateVendorVariantBody,
} from './vendor/validators'

/** Route-level settings Medusa cannot infer from the route files. */
export default defineMiddlewares({
  routes: [
    {
      matcher: '/store/carts/:id/line-items',
      method: ['POST'],
      middlewares: [refuseFractionalQuantity, refuseForeignVariant],
    },
    {
      matcher: '/store/carts/:id/line-items/:line_id',
      method: ['POST'],
      middlewares: [refuseFractionalQuantity],
    },
    {
      matcher: '/auth/*/emailpass',
      method: ['POST'],
      middlewares: [refuseDemoLogin],
    },
    {
      // The VietQR signature covers the exact bytes the bank sent.
      matcher: '/hooks/vietqr',
      method: ['POST'],
      bodyParser: { preserveRawBody: true },
    },
    {
      // Cooperative members are their own actor type; admins and customers get 401 here.
      matcher: '/vendor/*',
      middlewares: [authenticate('cooperative_member', ['bearer', 'session'])],
    },
    {
      matcher: '/vendor/products',
      method: ['POST'],
      middlewares: [validateAndTransformBody(createVendorProductBody)],
    },
    {
      matcher: '/vendor/products/:id',
      method: ['POST'],
      middlewares: [validateAndTransformBody(updateVendorProductBody)],
    },
    {
      matcher: '/vendor/products/:id/variants/:variant_id',
      method: ['POST'],
      middlewares: [validateAndTransformBody(updateVendorVariantBody)],
    },
    {
      matcher: '/vendor/check-ins',
      method: ['POST'],
      middlewares: [validateAndTransformBody(checkInBody)],
    },
    {
      matcher: '/admin/hoaban/products/:id/ocop',
      method: ['POST'],
      middlewares: [validateAndTransformBody(setCertificateBody)],
    },
    {
      matcher: '/admin/hoaban/products/:id/sessions',
      method: ['POST'],
      middlewares: [validateAndTransformBody(createSessionsBody)],
    },
    {
      matcher: '/admin/hoaban/sessions/:id',
      method: ['POST'],
      middlewares: [validateAndTransformBody(updateSessionBody)],
    },
    {
      matcher: '/admin/hoaban/products/:id/cooperative',
      method: ['POST'],
      middlewares: [validateAndTransformBody(setCooperativeBody)],
    },
  ],
})
