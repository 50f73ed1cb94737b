import { draftMode } from 'next/headers'
import type { z } from 'zod'
import { env } from '@/config/env'
import { fetchJson } from '../http/fetch-json'
import { catalogueTtl, cmsUrl, type CmsQuery } from './cms-url'

/** The header the CMS's preview strategy reads the shared preview key from. */
export const previewKeyHeader = 'x-hoaban-preview-key'

/** The cache tag of every CMS answer about one tenant; the revalidate route drops it. */
export const tenantCacheTag = (tenantId: string) => `cms:${tenantId}`

/** The cache tag of one tenant's answers from one CMS collection. */
export const collectionCacheTag = (tenantId: string, collection: string) =>
  `cms:${tenantId}:${collection}`

/** True while Next's draft mode is on for this request (an editor's live preview). */
export async function isCmsPreview(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled
  } catch {
    // Outside a request (a build step, a test): no preview.
    return false
  }
}

/**
 * Reads one tenant's content from the CMS REST API. Visitors get published documents, cached
 * for {@link catalogueTtl} seconds under the tenant's cache tags; in draft mode the request asks
 * for drafts with the preview key and is never cached, so drafts never reach a public answer.
 */
export async function cmsRead<S extends z.ZodType>(
  collection: string,
  tenantId: string,
  query: CmsQuery,
  schema: S,
): Promise<z.infer<S>> {
  if (await isCmsPreview()) {
    return fetchJson(cmsUrl(collection, { ...query, draft: 'true' }), schema, {
      service: 'cms',
      headers: { [previewKeyHeader]: env().PREVIEW_SECRET },
    })
  }

  return fetchJson(cmsUrl(collection, query), schema, {
    service: 'cms',
    revalidate: catalogueTtl,
    tags: [tenantCacheTag(tenantId), collectionCacheTag(tenantId, collection)],
  })
}
