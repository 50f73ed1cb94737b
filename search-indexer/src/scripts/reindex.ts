import cliProgress from 'cli-progress'
import { readEnv } from '../config/env.js'
import { createIndexer } from '../create-indexer.js'
import { createLogger } from '../logger.js'

// Rebuilds the whole index from the CMS and commerce into a new index, then swaps it in.
const env = readEnv()
const logger = createLogger(env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL, env.NODE_ENV)
const indexer = await createIndexer(env, logger)
const bar = new cliProgress.SingleBar(
  { format: 'reindex [{bar}] {value}/{total} tenants | {documents} documents | {tenant}' },
  cliProgress.Presets.shades_classic,
)
let started = false
try {
  const result = await indexer.reindex((progress) => {
    if (!started) {
      bar.start(progress.tenants, 0, { documents: 0, tenant: '' })
      started = true
    }
    bar.update(progress.tenantsDone, { documents: progress.documents, tenant: progress.tenant })
  })
  bar.stop()
  console.log(
    `Reindexed ${result.documents} documents of ${result.tenants} tenants; new index swapped in.`,
  )
} catch (error) {
  bar.stop()
  console.error(`Reindex failed, the live index is unchanged: ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await indexer.close()
}
