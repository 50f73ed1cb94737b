import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

import { CmsError } from '../../../errors/cms-error'

/** Collections whose documents belong to a tenant. */
export const tenantOwnedCollections: CollectionSlug[] = [
  'heritage-sites',
  'festivals',
  'places',
  'stories',
  'media',
  'panoramas',
  'models',
  'audio-guides',
  'site-settings',
]

/**
 * Refuses to delete a tenant that still owns content, so deleting a tenant never silently
 * deletes or orphans its heritage, festivals, places, stories or media.
 */
export const refuseDeleteWithContent: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of tenantOwnedCollections) {
    const { totalDocs } = await req.payload.count({
      collection,
      where: { tenant: { equals: id } },
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) {
      throw new CmsError(
        'unprocessable',
        `tenant: still owns ${totalDocs} ${collection} document(s); move or delete them first`,
      )
    }
  }
}
