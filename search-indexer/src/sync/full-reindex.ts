import type { SearchEngine } from '../engines/engine.js'
import { IndexerError } from '../errors/indexer-error.js'
import type { Logger } from '../logger.js'
import { collectTenantDocuments } from './collect-tenant-documents.js'
import type { Sources } from './sources.js'

export type ReindexProgress = {
  tenant: string
  tenantsDone: number
  tenants: number
  documents: number
}

/**
 * Rebuilds the whole index from both sources into a new index and swaps it in at the end.
 * If any source fails the new index is dropped and the live one keeps answering.
 */
export async function fullReindex(
  engine: SearchEngine,
  sources: Sources,
  logger: Logger,
  onProgress: (progress: ReindexProgress) => void = () => undefined,
): Promise<{ tenants: number; documents: number }> {
  const tenants = await sources.tenants.all(true)
  const build = await engine.beginBuild()
  let documents = 0
  try {
    for (const [index, tenant] of tenants.entries()) {
      const { docs, complete } = await collectTenantDocuments(sources, tenant, logger)
      if (!complete.cms || !complete.commerce) {
        throw new IndexerError(
          'source_unavailable',
          `a source failed while reading tenant ${tenant.slug}`,
        )
      }
      for (let offset = 0; offset < docs.length; offset += 1000) {
        await build.add(docs.slice(offset, offset + 1000))
      }
      documents += docs.length
      onProgress({
        tenant: tenant.slug,
        tenantsDone: index + 1,
        tenants: tenants.length,
        documents,
      })
    }
    await build.commit()
  } catch (error) {
    await build.abort()
    throw error
  }

  return { tenants: tenants.length, documents }
}
