import { migrateDatabase } from '../../db/migrate.js'
import type { Pool, PoolClient } from '../../db/pool.js'
import { documentIndexesSql } from '../../db/schema.js'
import type {
  DocumentKey,
  DocumentStamp,
  Locale,
  SearchDocument,
} from '../../documents/search-document.js'
import { IndexerError } from '../../errors/indexer-error.js'
import type { IndexBuild, SearchEngine, SearchQuery, SearchResult } from '../engine.js'
import { writeDocuments, writeTerms } from './documents-table.js'
import {
  defaultBroadQueryLimits,
  searchDocuments,
  type BroadQueryLimits,
} from './search-documents.js'

const liveTable = 'search_documents'
const buildTable = 'search_documents_build'
const buildLockKey = 710711

async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')

    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

async function buildExists(client: PoolClient): Promise<boolean> {
  const result = await client.query<{ exists: boolean }>(
    `SELECT to_regclass($1) IS NOT NULL AS exists`,
    [buildTable],
  )

  return result.rows[0]?.exists ?? false
}

/**
 * The embedded engine: documents in a PostgreSQL table with a folded, weighted tsvector under
 * GIN, a trigram index on folded titles and a vocabulary for typo corrections.
 */
export class PostgresEngine implements SearchEngine {
  readonly name = 'postgres' as const

  constructor(
    private readonly pool: Pool,
    private readonly limits: BroadQueryLimits = defaultBroadQueryLimits,
  ) {}

  async migrate(): Promise<void> {
    await migrateDatabase(this.pool, { postgresEngine: true })
  }

  async healthy(): Promise<boolean> {
    try {
      await this.pool.query(`SELECT 1 FROM ${liveTable} LIMIT 1`)

      return true
    } catch {
      return false
    }
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    if (docs.length === 0) return
    await inTransaction(this.pool, async (client) => {
      await writeDocuments(client, liveTable, docs)
      if (await buildExists(client)) await writeDocuments(client, buildTable, docs)
      await writeTerms(client, docs)
    })
  }

  async remove(keys: DocumentKey[]): Promise<void> {
    if (keys.length === 0) return
    const rows = JSON.stringify(keys.map((key) => ({ ...key, locale: key.locale ?? null })))
    await inTransaction(this.pool, async (client) => {
      const tables = (await buildExists(client)) ? [liveTable, buildTable] : [liveTable]
      for (const table of tables) {
        await client.query(
          `DELETE FROM ${table} d USING jsonb_to_recordset($1::jsonb) AS k(tenant text, id text, locale text)
           WHERE d.tenant = k.tenant AND d.id = k.id AND (k.locale IS NULL OR d.locale = k.locale)`,
          [rows],
        )
      }
    })
  }

  async tenants(): Promise<string[]> {
    const result = await this.pool.query<{ tenant: string }>(
      `SELECT DISTINCT tenant FROM ${liveTable} ORDER BY tenant`,
    )

    return result.rows.map((row) => row.tenant)
  }

  async stamps(tenant: string): Promise<DocumentStamp[]> {
    const result = await this.pool.query<{ locale: Locale; id: string; content_hash: string }>(
      `SELECT locale, id, content_hash FROM ${liveTable} WHERE tenant = $1`,
      [tenant],
    )

    return result.rows.map((row) => ({
      tenant,
      locale: row.locale,
      id: row.id,
      hash: row.content_hash,
    }))
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return searchDocuments(this.pool, query, this.limits)
  }

  async beginBuild(): Promise<IndexBuild> {
    const session = await this.pool.connect()
    const locked = await session.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [
      buildLockKey,
    ])
    if (locked.rows[0]?.ok !== true) {
      session.release()
      throw new IndexerError('reindex_running', 'A full reindex is already running')
    }
    const finish = async () => {
      await session.query('SELECT pg_advisory_unlock($1)', [buildLockKey]).catch(() => undefined)
      session.release()
    }
    try {
      await session.query(`DROP TABLE IF EXISTS ${buildTable}`)
      await session.query(
        `CREATE TABLE ${buildTable} (LIKE ${liveTable} INCLUDING DEFAULTS INCLUDING GENERATED
           INCLUDING CONSTRAINTS)`,
      )
      await session.query(`ALTER TABLE ${buildTable} ADD PRIMARY KEY (tenant, locale, id)`)
    } catch (error) {
      await finish()
      throw error
    }

    return {
      add: async (docs) => {
        // Two connections share the work: building tsvectors is the cost, and it is per row.
        const half = Math.ceil(docs.length / 2)
        await Promise.all([
          this.writeOnPool(buildTable, docs.slice(0, half)),
          this.writeOnPool(buildTable, docs.slice(half)),
          writeTerms(session, docs),
        ])
      },
      commit: async () => {
        try {
          // Indexes are built once the rows are in: far quicker than maintaining them per row.
          await session.query(documentIndexesSql(buildTable))
          await session.query(`ANALYZE ${buildTable}`)
          await session.query('BEGIN')
          await session.query(`LOCK TABLE ${liveTable} IN ACCESS EXCLUSIVE MODE`)
          await session.query(`DROP TABLE ${liveTable}`)
          await session.query(`ALTER TABLE ${buildTable} RENAME TO ${liveTable}`)
          for (const suffix of ['pkey', 'tsv', 'title_trgm', 'scope']) {
            await session.query(
              `ALTER INDEX ${buildTable}_${suffix} RENAME TO ${liveTable}_${suffix}`,
            )
          }
          await session.query('COMMIT')
        } catch (error) {
          await session.query('ROLLBACK').catch(() => undefined)
          await session.query(`DROP TABLE IF EXISTS ${buildTable}`).catch(() => undefined)
          throw error
        } finally {
          await finish()
        }
      },
      abort: async () => {
        await session.query(`DROP TABLE IF EXISTS ${buildTable}`).catch(() => undefined)
        await finish()
      },
    }
  }

  private async writeOnPool(table: string, docs: SearchDocument[]) {
    if (docs.length === 0) return
    const client = await this.pool.connect()
    try {
      await writeDocuments(client, table, docs)
    } finally {
      client.release()
    }
  }

  async close(): Promise<void> {
    await this.pool.end()
  }
}
