import type { Pool } from './pool.js'
import {
  documentIndexesSql,
  postgresEngineSchemaSql,
  queueSchemaSql,
  termIndexesSql,
} from './schema.js'

/**
 * Creates the queue tables and, for the embedded engine, the documents tables. Idempotent; an
 * advisory lock keeps two processes from migrating at once.
 */
export async function migrateDatabase(pool: Pool, options: { postgresEngine: boolean }) {
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock(710710)')
    await client.query(queueSchemaSql)
    if (options.postgresEngine) {
      await client.query(postgresEngineSchemaSql)
      await client.query(documentIndexesSql('search_documents'))
      await client.query(termIndexesSql)
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(710710)').catch(() => undefined)
    client.release()
  }
}
