import { listenPort, readEnv } from './config/env.js'
import { createPool } from './db/pool.js'
import { createEngine } from './engines/create-engine.js'
import { buildServer } from './http/build-server.js'
import { createLogger } from './logger.js'

let env
try {
  env = readEnv()
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`)
  process.exit(1)
}
const logger = createLogger(env.LOG_LEVEL, env.NODE_ENV)
const pool = createPool(env.SEARCH_DATABASE_URL)
const engine = await createEngine(env, pool)
await engine.migrate()
const app = buildServer({ engine, logger })
await app.listen({ port: listenPort(env), host: env.HOST })
logger.info({ engine: engine.name, port: listenPort(env) }, 'search indexer ready')

let stopping = false
const stop = async (signal: string) => {
  if (stopping) return
  stopping = true
  logger.info({ signal }, 'stopping')
  await app.close()
  await engine.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
