import type { Payload, SanitizedConfig } from 'payload'

import { createTestDatabase, type TestDatabase } from './test-database'

type PoolLike = { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }

const withTimeout = (work: Promise<unknown>, ms: number) =>
  Promise.race([work.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, ms))])

/** A Payload instance on its own migrated database, for integration tests. */
export type TestPayload = {
  payload: Payload
  config: SanitizedConfig
  database: TestDatabase
  /** Stops Payload, closes its connections and drops the database. */
  stop: () => Promise<void>
}

/**
 * Creates a database, points the CMS at it, runs the committed migrations and starts Payload.
 * Must run before anything imports the config, since the environment is read at import.
 */
export async function startTestPayload(
  options: { env?: Record<string, string> } = {},
): Promise<TestPayload> {
  const database = await createTestDatabase()
  process.env.CMS_DATABASE_URI = database.uri
  process.env.LOG_LEVEL = 'silent'
  process.env.HOABAN_DISABLE_JOBS = 'true'
  // Notifications and revalidations go to a closed port and fail fast; saves must not notice.
  process.env.SEARCH_URL = 'http://127.0.0.1:9'
  process.env.STOREFRONT_URL = 'http://127.0.0.1:9'
  Object.assign(process.env, options.env)
  const { env } = await import('../config/env')
  if (env.CMS_DATABASE_URI !== database.uri) {
    await database.drop()
    // A test imported something that reads config/env first: Payload would use the real
    // database. Import CMS modules dynamically after startTestPayload instead.
    throw new Error('startTestPayload: config/env was read before the test database was set')
  }
  const { default: configPromise } = await import('../payload.config')
  const config = await configPromise
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  const { migrations } = await import('../migrations')
  await payload.db.migrate({ migrations: migrations as never })

  const stop = async () => {
    const pool = (payload.db as { pool?: PoolLike }).pool
    pool?.on('error', () => undefined)
    // destroy() and pool.end() can wait on a cron tick holding a client; never let them hold
    // the test run: dropping the database with FORCE closes whatever is left.
    await withTimeout(payload.destroy(), 5000)
    await withTimeout(pool?.end() ?? Promise.resolve(), 5000)
    await database.drop()
  }

  return { payload, config, database, stop }
}
