import type { FastifyInstance } from 'fastify'
import type { IndexerEnv } from './config/env.js'
import { createPool, type Pool } from './db/pool.js'
import { createEngine } from './engines/create-engine.js'
import type { SearchEngine } from './engines/engine.js'
import { buildServer } from './http/build-server.js'
import { registerNotifyRoute } from './http/routes/notify.js'
import { registerReindexRoute } from './http/routes/reindex.js'
import { registerSearchRoute } from './http/routes/search.js'
import type { Logger } from './logger.js'
import { CmsClient } from './sources/cms-client.js'
import { CommerceClient } from './sources/commerce-client.js'
import { fullReindex, type ReindexProgress } from './sync/full-reindex.js'
import { NotificationWorker } from './sync/notification-worker.js'
import { reconcile, type ReconcileReport } from './sync/reconcile.js'
import type { Sources } from './sync/sources.js'
import { TenantDirectory } from './sync/tenant-directory.js'

export type Indexer = {
  app: FastifyInstance
  engine: SearchEngine
  pool: Pool
  sources: Sources
  worker: NotificationWorker
  /** Reconciles now; resolves with null when a reconciliation was already running. */
  reconcileNow(): Promise<ReconcileReport | null>
  reindex(
    onProgress?: (progress: ReindexProgress) => void,
  ): Promise<{ tenants: number; documents: number }>
  /** Starts the worker, a reconciliation now and one every RECONCILE_INTERVAL_SECONDS. */
  startBackground(): void
  close(): Promise<void>
}

type IndexerConfig = Pick<
  IndexerEnv,
  | 'SEARCH_DATABASE_URL'
  | 'MEILISEARCH_HOST'
  | 'MEILISEARCH_API_KEY'
  | 'MEILISEARCH_INDEX_PREFIX'
  | 'INDEXER_SECRET'
  | 'CMS_URL'
  | 'COMMERCE_URL'
  | 'RECONCILE_INTERVAL_SECONDS'
>

/** Wires the engine, the sources, the queue worker and the HTTP routes together. */
export async function createIndexer(env: IndexerConfig, logger: Logger): Promise<Indexer> {
  const pool = createPool(env.SEARCH_DATABASE_URL)
  const engine = await createEngine(env as IndexerEnv, pool)
  await engine.migrate()
  const cms = new CmsClient(env.CMS_URL)
  const sources: Sources = {
    cms,
    commerce: new CommerceClient(env.COMMERCE_URL),
    tenants: new TenantDirectory(cms),
  }
  const worker = new NotificationWorker(pool, engine, sources, logger)
  let reconciling: Promise<ReconcileReport> | null = null
  let reindexing: Promise<unknown> | null = null
  let timer: NodeJS.Timeout | null = null

  const reconcileNow = async () => {
    if (reconciling !== null) return null
    reconciling = reconcile(engine, sources, logger)
    try {
      const report = await reconciling
      logger.info(report, 'reconciled with the CMS and commerce')

      return report
    } finally {
      reconciling = null
    }
  }
  const reindex = async (onProgress?: (progress: ReindexProgress) => void) => {
    const result = await fullReindex(engine, sources, logger, onProgress)
    logger.info(result, 'full reindex swapped in')

    return result
  }

  const app = buildServer({
    engine,
    logger,
    routes: [
      (server) => registerSearchRoute(server, engine),
      (server) =>
        registerNotifyRoute(server, {
          pool,
          secret: env.INDEXER_SECRET,
          onStored: () => worker.poke(),
        }),
      (server) =>
        registerReindexRoute(server, {
          secret: env.INDEXER_SECRET,
          start: () => {
            if (reindexing !== null) return { started: false }
            reindexing = reindex()
              .catch((error: unknown) =>
                logger.error({ err: error }, 'full reindex failed; live index kept'),
              )
              .finally(() => {
                reindexing = null
              })

            return { started: true }
          },
        }),
    ],
  })

  const reconcileQuietly = () => {
    reconcileNow().catch((error: unknown) =>
      logger.warn({ err: error }, 'reconciliation failed; retrying at the next interval'),
    )
  }

  return {
    app,
    engine,
    pool,
    sources,
    worker,
    reconcileNow,
    reindex,
    startBackground() {
      worker.start()
      reconcileQuietly()
      timer = setInterval(reconcileQuietly, env.RECONCILE_INTERVAL_SECONDS * 1000)
      timer.unref()
    },
    async close() {
      if (timer !== null) clearInterval(timer)
      await app.close()
      await worker.stop()
      await reconciling?.catch(() => undefined)
      await reindexing
      await engine.close()
    },
  }
}
