import { readEnv } from '../config/env.js'
import { createPool } from '../db/pool.js'
import { createEngine } from '../engines/create-engine.js'

// Creates the indexer's schema (queue, extensions, documents) or Meilisearch indexes; idempotent.
try {
  const env = readEnv()
  const pool = createPool(env.SEARCH_DATABASE_URL, 2)
  const engine = await createEngine(env, pool)
  await engine.migrate()
  await engine.close()
  console.log(`search-indexer: ${engine.name} schema is up to date`)
} catch (error) {
  console.error(`search-indexer migrate failed: ${(error as Error).message}`)
  process.exit(1)
}
