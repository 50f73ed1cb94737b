import { type MiddlewareRoute, validateAndTransformBody } from '@medusajs/framework/http'
import { acceptInviteBody } from '../hoaban/portal/validators'

/** The public part of the cooperative portal: invite links. */
export const portalRoutes: MiddlewareRoute[] = [
  {
    matcher: '/hoaban/portal/invites/accept',
    methods: ['POST'],
    middlewares: [validateAndTransformBody(acceptInviteBody)],
  },
]
