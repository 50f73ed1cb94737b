import type { Pool } from './pool.js'
import {
  documentIndexesSql,
  documentsSchemaVersion,
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
      // The documents table is derived data: when its layout changed it is rebuilt empty and
      // the reconciliation that runs at start fills it again from the sources.
      const stored = await client.query<{ value: number }>(
        `SELECT value FROM search_sync_state WHERE name = 'documents_schema'`,
      )
      if (stored.rows[0]?.value !== documentsSchemaVersion) {
        await client.query('DROP TABLE IF EXISTS search_documents, search_documents_build')
      }
      await client.query(postgresEngineSchemaSql)
      await client.query(
        `INSERT INTO search_sync_state (name, value) VALUES ('documents_schema', $1::jsonb)
         ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = now()`,
        [JSON.stringify(documentsSchemaVersion)],
      )
      await client.query(documentIndexesSql('search_documents'))
      await client.query(termIndexesSql)
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(710710)').catch(() => undefined)
    client.release()
  }
}
