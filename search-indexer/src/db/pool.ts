import pg from 'pg'

/** Opens a connection pool on the indexer's PostgreSQL database. */
export function createPool(connectionString: string, max = 8): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    application_name: 'hoaban-search-indexer',
    // JIT compilation and parallel workers cost milliseconds to start: more than the short
    // queries of a search service can win back.
    options: '-c jit=off -c max_parallel_workers_per_gather=0',
  })
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined)

  return pool
}

export type Pool = pg.Pool
export type PoolClient = pg.PoolClient
