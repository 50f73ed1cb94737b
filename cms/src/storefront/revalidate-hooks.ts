import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { logger } from '../config/logger'
import { isPublished } from '../search/search-sync-hooks'
import { revalidateStorefront, type StorefrontRevalidation } from './revalidate-storefront'

const tenantIdOf = (tenant: unknown): string | null => {
  const id = tenant && typeof tenant === 'object' ? (tenant as { id?: unknown }).id : tenant

  return id === undefined || id === null ? null : String(id)
}

function send(req: PayloadRequest, body: StorefrontRevalidation) {
  const sending = revalidateStorefront(body)
  // Saves never wait for the storefront; tests collect the promise through req.context.
  ;(req.context?.storefrontRevalidations as Promise<unknown>[] | undefined)?.push(sending)
}

/**
 * After a save: revalidate the tenant's storefront pages on publish, and on unpublish (a draft
 * saved with no published version left). A new draft, or a draft saved over a published
 * version, changes nothing public. Collections without drafts (site settings) revalidate on every save.
 */
export const storefrontRevalidateAfterChange: CollectionAfterChangeHook = async ({
  doc,
  req,
  collection,
  operation,
}) => {
  if (req.context?.skipSearchSync) {
    return doc
  }
  try {
    const tenant = tenantIdOf(doc.tenant)
    if (!tenant) {
      return doc
    }
    const base = { tenant, collection: collection.slug, id: String(doc.id) }
    if (!collection.versions?.drafts) {
      send(req, { ...base, op: 'update' })
    } else if (doc._status === 'published') {
      send(req, { ...base, op: 'publish' })
    } else if (
      // A new draft was never public: nothing to drop.
      operation === 'update' &&
      !(await isPublished(req, collection.slug as CollectionSlug, doc.id))
    ) {
      send(req, { ...base, op: 'unpublish' })
    }
  } catch (err) {
    logger.warn({ id: doc.id, err: (err as Error).message }, 'storefront revalidation skipped')
  }

  return doc
}

/** After a delete: revalidate the tenant's storefront pages. */
export const storefrontRevalidateAfterDelete: CollectionAfterDeleteHook = ({
  doc,
  req,
  collection,
}) => {
  const tenant = req.context?.skipSearchSync ? null : tenantIdOf(doc.tenant)
  if (tenant) {
    send(req, { tenant, collection: collection.slug, id: String(doc.id), op: 'delete' })
  }

  return doc
}
