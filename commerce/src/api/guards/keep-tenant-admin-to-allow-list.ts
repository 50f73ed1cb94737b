import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from '@medusajs/framework/http'
import { MedusaError } from '@medusajs/framework/utils'
import { adminTenantSlug } from '../../lib/admin/admin-tenant'

/** One admin request a tenant admin may make; `:name` stands for any one path segment. */
type AllowedRequest = { method: 'GET' | 'POST' | 'DELETE'; path: string }

/**
 * Everything a tenant admin may ask of `/admin`: what the dashboard shell loads around any
 * page (its own user, the store's name, feature flags, the user's layout settings), and the
 * tenant-scoped Hoa Ban approval and invite routes. Signing in and out go through `/auth`,
 * which this guard does not cover. Every other admin route is the platform operators'.
 */
export const tenantAdminAllowList: readonly AllowedRequest[] = [
  { method: 'GET', path: '/admin/feature-flags' },
  { method: 'GET', path: '/admin/users/me' },
  { method: 'GET', path: '/admin/stores' },
  { method: 'GET', path: '/admin/layouts/configurations' },
  { method: 'GET', path: '/admin/layouts/:zone/configuration' },
  { method: 'GET', path: '/admin/hoaban/approvals' },
  { method: 'POST', path: '/admin/hoaban/approvals/:id/approve' },
  { method: 'POST', path: '/admin/hoaban/approvals/:id/reject' },
  { method: 'GET', path: '/admin/hoaban/cooperatives/:id/invites' },
  { method: 'POST', path: '/admin/hoaban/cooperatives/:id/invites' },
]

const allowed = tenantAdminAllowList.map(({ method, path }) => ({
  method,
  segments: path.split('/'),
}))

/**
 * The request's path as Express routes it, without query and one trailing slash. Case and
 * encoding are kept: a spelling the list does not name is refused, never widened.
 */
function requestPath(req: MedusaRequest): string {
  const path = (req.originalUrl ?? req.url).split('?')[0] ?? ''

  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path
}

/** Whether a tenant admin may make this request. */
export function isAllowedForTenantAdmin(method: string, path: string): boolean {
  // Express answers HEAD with the GET route, so HEAD is judged as that GET.
  const asked = method === 'HEAD' ? 'GET' : method
  const segments = path.split('/')

  return allowed.some(
    (entry) =>
      entry.method === asked &&
      entry.segments.length === segments.length &&
      entry.segments.every((part, i) => {
        const actual = segments[i] ?? ''

        return part.startsWith(':') ? actual !== '' : part === actual
      }),
  )
}

/**
 * Keeps admin users with `metadata.tenant_slug` (tenant admins) to `tenantAdminAllowList`,
 * answering any other admin route 403. Runs after Medusa's admin authentication; requests
 * without a signed-in user (public admin routes, preflights) and the platform admin pass on.
 */
export async function keepTenantAdminToAllowList(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction,
): Promise<void> {
  const auth = (req as Partial<AuthenticatedMedusaRequest>).auth_context
  if (!auth?.actor_id || auth.actor_type !== 'user') {
    next()

    return
  }
  const path = requestPath(req)
  if (isAllowedForTenantAdmin(req.method, path)) {
    next()

    return
  }
  const tenant = await adminTenantSlug(req as AuthenticatedMedusaRequest)
  if (tenant === null) {
    next()

    return
  }
  next(
    new MedusaError(
      MedusaError.Types.FORBIDDEN,
      `${req.method} ${path} is for platform operators; a tenant admin (${tenant}) may use ` +
        'the approval queue and cooperative invites only',
    ),
  )
}
