import { type MiddlewareRoute, validateAndTransformBody } from '@medusajs/framework/http'
import {
  createInviteBody,
  createSessionsBody,
  rejectApprovalBody,
  setCertificateBody,
  setCooperativeBody,
  updateSessionBody,
} from '../admin/hoaban/validators'

/** Hoa Ban's additions to the admin API. */
export const adminRoutes: MiddlewareRoute[] = [
  {
    matcher: '/admin/hoaban/products/:id/ocop',
    methods: ['POST'],
    middlewares: [validateAndTransformBody(setCertificateBody)],
  },
  {
    matcher: '/admin/hoaban/products/:id/sessions',
    methods: ['POST'],
    middlewares: [validateAndTransformBody(createSessionsBody)],
  },
  {
    matcher: '/admin/hoaban/sessions/:id',
    methods: ['POST'],
    middlewares: [validateAndTransformBody(updateSessionBody)],
  },
  {
    matcher: '/admin/hoaban/products/:id/cooperative',
    methods: ['POST'],
    middlewares: [validateAndTransformBody(setCooperativeBody)],
  },
  {
    matcher: '/admin/hoaban/approvals/:id/reject',
    methods: ['POST'],
    middlewares: [validateAndTransformBody(rejectApprovalBody)],
  },
  {
    matcher: '/admin/hoaban/cooperatives/:id/invites',
    methods: ['POST'],
    middlewares: [validateAndTransformBody(createInviteBody)],
  },
]
