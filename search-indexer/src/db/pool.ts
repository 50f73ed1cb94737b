import pg from 'pg'

/** Opens a connection pool on the indexer's PostgreSQL database. */
export function createPool(connectionString: string, max = 8): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    application_name: 'hoaban-search-indexer',
    // JIT compilation costs tens of milliseconds and never pays off on millisecond queries.
    options: '-c jit=off',
  })
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined)

  return pool
}

export type Pool = pg.Pool
export type PoolClient = pg.PoolClient
