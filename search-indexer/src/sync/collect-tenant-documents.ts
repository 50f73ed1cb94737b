import { locales, type SearchDocument } from '../documents/search-document.js'
import type { Logger } from '../logger.js'
import { mapCmsDocument } from '../mappers/map-cms-document.js'
import { mapCommerceProduct, mapCooperative } from '../mappers/map-commerce-record.js'
import { cmsCollections, type CmsKind, type CmsTenant } from '../sources/cms-client.js'
import type { Sources } from './sources.js'

export type TenantDocuments = {
  docs: SearchDocument[]
  /** False for a source that failed: its documents must not be treated as deleted. */
  complete: { cms: boolean; commerce: boolean }
}

/** Reads everything one tenant publishes from both sources and maps it to search documents. */
export async function collectTenantDocuments(
  sources: Sources,
  tenant: CmsTenant,
  logger: Logger,
): Promise<TenantDocuments> {
  const docs: SearchDocument[] = []
  const complete = { cms: true, commerce: true }
  try {
    for (const kind of Object.keys(cmsCollections) as CmsKind[]) {
      for (const locale of locales) {
        const raw = await sources.cms.listDocuments(kind, tenant.id, locale)
        for (const item of raw) {
          const doc = mapCmsDocument(kind, item, locale, tenant.slug)
          if (doc !== null) docs.push(doc)
        }
      }
    }
  } catch (error) {
    complete.cms = false
    logger.warn(
      { err: error, tenant: tenant.slug },
      'CMS unavailable; its documents are kept as they are',
    )
  }

  const key = tenant.commerce?.publishableKey
  if (key) {
    try {
      const products = await sources.commerce.listProducts(key)
      const cooperatives = await sources.commerce.listCooperatives(key)
      for (const locale of locales) {
        for (const product of products) {
          const doc = mapCommerceProduct(product, locale, tenant.slug)
          if (doc !== null) docs.push(doc)
        }
        for (const coop of cooperatives) {
          const doc = mapCooperative(coop, locale, tenant.slug)
          if (doc !== null) docs.push(doc)
        }
      }
    } catch (error) {
      complete.commerce = false
      logger.warn(
        { err: error, tenant: tenant.slug },
        'commerce unavailable; its documents are kept',
      )
    }
  }

  return { docs, complete }
}
