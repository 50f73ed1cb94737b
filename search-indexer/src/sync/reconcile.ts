import { hashDocument } from '../documents/hash-document.js'
import type { DocumentKey, SearchDocument } from '../documents/search-document.js'
import type { SearchEngine } from '../engines/engine.js'
import type { Logger } from '../logger.js'
import { collectTenantDocuments } from './collect-tenant-documents.js'
import { sourceOfDocumentId } from './notification.js'
import type { Sources } from './sources.js'

export type ReconcileReport = {
  tenants: number
  upserted: number
  removed: number
  incomplete: string[]
}

/**
 * Compares the index with both sources, tenant by tenant, and applies the difference: new and
 * changed documents are written, documents the sources no longer publish are removed. A source
 * that fails leaves its documents untouched until the next run.
 */
export async function reconcile(
  engine: SearchEngine,
  sources: Sources,
  logger: Logger,
): Promise<ReconcileReport> {
  const tenants = await sources.tenants.all(true)
  const report: ReconcileReport = {
    tenants: tenants.length,
    upserted: 0,
    removed: 0,
    incomplete: [],
  }
  for (const tenant of tenants) {
    const { docs, complete } = await collectTenantDocuments(sources, tenant, logger)
    if (!complete.cms || !complete.commerce) report.incomplete.push(tenant.slug)
    const stamps = new Map(
      (await engine.stamps(tenant.slug)).map((stamp) => [
        `${stamp.locale}|${stamp.id}`,
        stamp.hash,
      ]),
    )
    const wanted = new Set<string>()
    const changed: SearchDocument[] = []
    for (const doc of docs) {
      const key = `${doc.locale}|${doc.id}`
      wanted.add(key)
      if (stamps.get(key) !== hashDocument(doc)) changed.push(doc)
    }
    const stale: DocumentKey[] = []
    for (const key of stamps.keys()) {
      if (wanted.has(key)) continue
      const [locale, ...rest] = key.split('|')
      const id = rest.join('|')
      if (!complete[sourceOfDocumentId(id)]) continue
      stale.push({ tenant: tenant.slug, id, locale: locale as DocumentKey['locale'] })
    }
    for (let index = 0; index < changed.length; index += 500) {
      await engine.upsert(changed.slice(index, index + 500))
    }
    await engine.remove(stale)
    report.upserted += changed.length
    report.removed += stale.length
  }

  // A tenant the CMS no longer has leaves the index (the CMS answered, so this is no outage).
  const known = new Set(tenants.map((tenant) => tenant.slug))
  for (const tenant of await engine.tenants()) {
    if (known.has(tenant)) continue
    const stale = (await engine.stamps(tenant)).map(({ id, locale }) => ({ tenant, id, locale }))
    await engine.remove(stale)
    report.removed += stale.length
  }

  return report
}
