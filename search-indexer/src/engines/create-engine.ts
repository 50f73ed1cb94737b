import type { IndexerEnv } from '../config/env.js'
import type { Pool } from '../db/pool.js'
import type { SearchEngine } from './engine.js'
import { PostgresEngine } from './postgres/postgres-engine.js'

/** The engine the environment asks for: Meilisearch when MEILISEARCH_HOST is set, else PostgreSQL. */
export async function createEngine(env: IndexerEnv, pool: Pool): Promise<SearchEngine> {
  if (env.MEILISEARCH_HOST !== undefined) {
    const { MeilisearchEngine } = await import('./meilisearch/meilisearch-engine.js')

    return new MeilisearchEngine({
      host: env.MEILISEARCH_HOST,
      apiKey: env.MEILISEARCH_API_KEY,
      indexPrefix: env.MEILISEARCH_INDEX_PREFIX,
      pool,
    })
  }

  return new PostgresEngine(pool)
}
