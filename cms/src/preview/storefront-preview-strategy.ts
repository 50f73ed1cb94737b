import type { AuthStrategy } from 'payload'

import { previewStrategyName } from '../access/roles'
import { env } from '../config/env'
import { sameSecret } from './sign-preview-path'

/** The header in which the storefront sends the preview key while draft mode is on. */
export const previewKeyHeader = 'x-hoaban-preview-key'

/**
 * Authenticates the storefront's draft reads: a request carrying the shared preview key acts
 * as a read-only preview user with no tenant roles, so the access rules let it read drafts of
 * every tenant and write nothing. Without the key (or with a wrong one) nobody is signed in.
 */
export const storefrontPreviewStrategy: AuthStrategy = {
  name: previewStrategyName,
  authenticate: ({ headers }) => {
    if (!sameSecret(headers.get(previewKeyHeader), env.PREVIEW_SECRET)) {
      return { user: null }
    }

    return {
      user: {
        id: previewStrategyName,
        collection: 'users',
        email: 'storefront-preview@hoaban.local',
        roles: [],
        tenants: [],
        _strategy: previewStrategyName,
      } as never,
    }
  },
}
