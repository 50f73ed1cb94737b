import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

import { logger } from '../config/logger'
import { notifySearchIndexer, type SearchNotification } from './notify-search-indexer'

type Kind = SearchNotification['kind']

async function tenantSlugOf(req: PayloadRequest, tenant: unknown): Promise<string | null> {
  if (tenant && typeof tenant === 'object' && 'slug' in tenant) {
    return String((tenant as { slug: unknown }).slug)
  }
  if (tenant === null || tenant === undefined) {
    return null
  }
  const found = await req.payload.findByID({
    collection: 'tenants',
    id: tenant as number | string,
    depth: 0,
    overrideAccess: true,
    select: { slug: true },
    req,
  })

  return found?.slug ?? null
}

/** True when the document has a published version (its main row is published). */
export async function isPublished(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
) {
  const count = await req.payload.count({
    collection,
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  })

  return count.totalDocs > 0
}

function send(
  notification: Omit<SearchNotification, 'source'>,
  pending: Promise<unknown>[] | null,
) {
  const sending = notifySearchIndexer({ source: 'cms', ...notification })
  // Saves never wait for the indexer; tests can collect the promise through req.context.
  pending?.push(sending)
}

/**
 * After a save: `upsert` when the document is published, `delete` when no published version
 * is left (unpublished); a draft saved over a published version leaves the index alone.
 */
export function searchSyncAfterChange(kind: Kind): CollectionAfterChangeHook {
  return async ({ doc, req, collection }) => {
    if (req.context?.skipSearchSync) {
      return doc
    }
    try {
      const tenant = await tenantSlugOf(req, doc.tenant)
      if (!tenant) {
        return doc
      }
      const pending = (req.context?.searchNotifications as Promise<unknown>[] | undefined) ?? null
      if (doc._status === 'published') {
        send({ kind, id: String(doc.id), tenant, op: 'upsert' }, pending)
      } else if (!(await isPublished(req, collection.slug as CollectionSlug, doc.id))) {
        send({ kind, id: String(doc.id), tenant, op: 'delete' }, pending)
      }
    } catch (err) {
      logger.warn({ id: doc.id, err: (err as Error).message }, 'search sync skipped')
    }

    return doc
  }
}

/** After a delete: tell the indexer to drop the document. */
export function searchSyncAfterDelete(kind: Kind): CollectionAfterDeleteHook {
  return async ({ doc, req }) => {
    if (req.context?.skipSearchSync) {
      return doc
    }
    try {
      const tenant = await tenantSlugOf(req, doc.tenant)
      if (tenant) {
        const pending = (req.context?.searchNotifications as Promise<unknown>[] | undefined) ?? null
        send({ kind, id: String(doc.id), tenant, op: 'delete' }, pending)
      }
    } catch (err) {
      logger.warn({ id: doc.id, err: (err as Error).message }, 'search sync skipped')
    }

    return doc
  }
}
