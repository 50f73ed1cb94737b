import { listenPort, readEnv, type IndexerEnv } from './config/env.js'
import { createIndexer } from './create-indexer.js'
import { createLogger } from './logger.js'

let env: IndexerEnv
try {
  env = readEnv()
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`)
  process.exit(1)
}
const logger = createLogger(env.LOG_LEVEL, env.NODE_ENV)
const indexer = await createIndexer(env, logger)
await indexer.app.listen({ port: listenPort(env), host: env.HOST })
logger.info({ engine: indexer.engine.name, port: listenPort(env) }, 'search indexer ready')
indexer.startBackground()

let stopping = false
const stop = async (signal: string) => {
  if (stopping) return
  stopping = true
  logger.info({ signal }, 'stopping')
  await indexer.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
