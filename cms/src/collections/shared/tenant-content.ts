import type { CollectionConfig } from 'payload'

import { tenantContentAccess } from '../../access/tenant-content-access'
import type { SearchNotification } from '../../search/notify-search-indexer'
import { searchSyncAfterChange, searchSyncAfterDelete } from '../../search/search-sync-hooks'
import {
  storefrontRevalidateAfterChange,
  storefrontRevalidateAfterDelete,
} from '../../storefront/revalidate-hooks'
import { livePreviewFor } from './live-preview-url'

/**
 * What every public, tenant-scoped content collection shares: role access, drafts with
 * scheduled publishing, version history, search notifications, storefront revalidation and
 * live preview on the storefront page of the draft.
 */
export function tenantContent(
  config: CollectionConfig,
  options: {
    searchKind: SearchNotification['kind']
    storefrontSegment: string
    graphQL: { singularName: string; pluralName: string }
  },
): CollectionConfig {
  return {
    ...config,
    access: tenantContentAccess,
    graphQL: options.graphQL,
    versions: { drafts: { autosave: false, schedulePublish: true }, maxPerDoc: 50 },
    admin: {
      ...config.admin,
      livePreview: { url: livePreviewFor(options.storefrontSegment) as never },
      // The admin's "Preview" button opens the same signed storefront link in a new tab.
      preview: (doc, { locale, req }) =>
        livePreviewFor(options.storefrontSegment)({ data: doc, locale, req }),
    },
    hooks: {
      ...config.hooks,
      afterChange: [
        ...(config.hooks?.afterChange ?? []),
        searchSyncAfterChange(options.searchKind),
        storefrontRevalidateAfterChange,
      ],
      afterDelete: [
        ...(config.hooks?.afterDelete ?? []),
        searchSyncAfterDelete(options.searchKind),
        storefrontRevalidateAfterDelete,
      ],
    },
  }
}
