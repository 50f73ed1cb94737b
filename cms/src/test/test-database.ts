import { randomBytes } from 'node:crypto'

import pg from 'pg'

/** Admin URL of the PostgreSQL server integration tests create their databases on. */
export const testAdminUrl =
  process.env.HOABAN_TEST_PG_URL ?? 'postgres://hoaban:hoaban@localhost:5440/postgres'

/** A throw-away database: its URI, and a function that drops it. */
export type TestDatabase = { uri: string; drop: () => Promise<void> }

/** Creates a uniquely named database on the test server. */
export async function createTestDatabase(prefix = 'hoaban_cms_test'): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: testAdminUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const uri = new URL(testAdminUrl)
  uri.pathname = `/${name}`

  return {
    uri: uri.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: testAdminUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    },
  }
}

/** True when the test PostgreSQL server answers; integration tests are skipped otherwise. */
export async function testDatabaseReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: testAdminUrl, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query('select 1')

    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}
