import pg from 'pg'

/** The PostgreSQL server tests create their databases on. */
export const testServerUrl =
  process.env.HOABAN_TEST_PG_URL ?? 'postgres://hoaban:hoaban@localhost:5440/postgres'

/** Creates a uniquely named empty database; `drop` removes it (and any connection left). */
export async function createTestDatabase(prefix = 'hoaban_search_test') {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`
  const admin = new pg.Client({ connectionString: testServerUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(testServerUrl)
  url.pathname = `/${name}`

  return {
    name,
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: testServerUrl })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}
