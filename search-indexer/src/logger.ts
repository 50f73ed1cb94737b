import { pino, type Logger } from 'pino'

/** Creates the service's one logger: JSON in production, pretty in development. */
export function createLogger(level: string, nodeEnv: string): Logger {
  const pretty = nodeEnv !== 'production' && process.stdout.isTTY

  return pino({
    name: 'search-indexer',
    level,
    redact: ['req.headers["x-indexer-secret"]', 'req.headers.authorization'],
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true } } } : {}),
  })
}

export type { Logger }
