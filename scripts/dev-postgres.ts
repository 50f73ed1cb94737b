// Runs only the embedded PostgreSQL server in the foreground, for working on one service at a time.
import pino from 'pino'
import { ensureDatabases, startEmbeddedPostgres } from './lib/postgres.ts'
import { readEnv } from './lib/env.ts'

const env = readEnv()
const logger = pino({ level: env.LOG_LEVEL })
const server = await startEmbeddedPostgres(
  {
    dataDir: env.dataDir,
    port: env.POSTGRES_PORT,
    user: env.POSTGRES_USER,
    password: env.POSTGRES_PASSWORD,
  },
  logger,
)
const adminUrl = `postgres://${env.POSTGRES_USER}:${env.POSTGRES_PASSWORD}@localhost:${env.POSTGRES_PORT}/postgres`
await ensureDatabases(adminUrl, [
  env.CMS_DATABASE_URI,
  env.COMMERCE_DATABASE_URL,
  env.SEARCH_DATABASE_URL,
])
console.log(`PostgreSQL ready on port ${server.port}`)
const stop = async () => {
  await server.stop()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
setInterval(() => undefined, 1 << 30)
