import { locales, type DocumentKey, type SearchDocument } from '../documents/search-document.js'
import type { SearchEngine } from '../engines/engine.js'
import { mapCmsDocument } from '../mappers/map-cms-document.js'
import { mapCommerceProduct, mapCooperative } from '../mappers/map-commerce-record.js'
import type { CmsKind } from '../sources/cms-client.js'
import { documentIdOf, type Notification } from './notification.js'
import type { Sources } from './sources.js'

function tenantSlugOf(raw: Record<string, unknown>): string | null {
  const tenant = raw.tenant
  if (
    tenant !== null &&
    typeof tenant === 'object' &&
    typeof (tenant as { slug?: unknown }).slug === 'string'
  ) {
    return (tenant as { slug: string }).slug
  }

  return null
}

/** The current documents of the notified record, read from its source; [] when it is gone. */
async function currentDocuments(
  sources: Sources,
  notification: Notification,
): Promise<SearchDocument[]> {
  if (notification.op === 'delete') return []
  const docs: SearchDocument[] = []
  if (notification.source === 'cms') {
    const kind = notification.kind as CmsKind
    for (const locale of locales) {
      const raw = await sources.cms.getDocument(kind, notification.id, locale)
      if (raw === null) continue
      // A document moved to another tenant leaves this one.
      const owner = tenantSlugOf(raw)
      if (owner !== null && owner !== notification.tenant) continue
      const doc = mapCmsDocument(kind, raw, locale, notification.tenant)
      if (doc !== null) docs.push(doc)
    }

    return docs
  }

  const tenant = await sources.tenants.find(notification.tenant)
  const key = tenant?.commerce?.publishableKey
  if (!key) return []
  if (notification.kind === 'cooperative') {
    const coop = await sources.commerce.getCooperative(key, notification.id)
    if (coop === null) return []

    return locales.flatMap((locale) => mapCooperative(coop, locale, notification.tenant) ?? [])
  }
  const product = await sources.commerce.getProduct(key, notification.id)
  if (product === null) return []

  return locales.flatMap((locale) => mapCommerceProduct(product, locale, notification.tenant) ?? [])
}

/**
 * Brings the index in line with the notified record's current state: fetched from its source
 * and upserted, or removed when the source no longer publishes it. Idempotent.
 */
export async function applyNotification(
  engine: SearchEngine,
  sources: Sources,
  notification: Notification,
) {
  const docs = await currentDocuments(sources, notification)
  const id = documentIdOf(notification.kind, notification.id)
  const ids = new Set([id, ...docs.map((doc) => doc.id)])
  const removals: DocumentKey[] = []
  for (const docId of ids) {
    for (const locale of locales) {
      if (!docs.some((doc) => doc.id === docId && doc.locale === locale)) {
        removals.push({ tenant: notification.tenant, id: docId, locale })
      }
    }
  }
  await engine.upsert(docs)
  await engine.remove(removals)

  return { upserted: docs.length, removed: removals.length }
}
