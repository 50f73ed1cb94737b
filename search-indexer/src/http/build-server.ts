import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import { ZodError } from 'zod'
import type { SearchEngine } from '../engines/engine.js'
import { IndexerError } from '../errors/indexer-error.js'
import type { Logger } from '../logger.js'
import { registerHealthRoute } from './routes/health.js'

export type ServerDeps = {
  engine: SearchEngine
  logger: Logger
  /** Extra routes (search, notify, reindex) registered by the caller. */
  routes?: Array<(app: FastifyInstance) => void>
}

/** Builds the HTTP server; every error becomes `{ error: { code, message } }` here, only here. */
export function buildServer(deps: ServerDeps): FastifyInstance {
  const app: FastifyInstance = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
  })

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof IndexerError) {
      if (error.status >= 500) request.log.error({ err: error, code: error.code }, error.message)

      return reply
        .status(error.status)
        .send({ error: { code: error.code, message: error.publicMessage } })
    }
    if (error instanceof ZodError) {
      const message = error.issues
        .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
        .join('; ')

      return reply.status(400).send({ error: { code: 'invalid_body', message } })
    }
    const status = (error as { statusCode?: number }).statusCode
    if (status !== undefined && status >= 400 && status < 500) {
      return reply
        .status(status)
        .send({ error: { code: 'invalid_body', message: (error as Error).message } })
    }
    request.log.error({ err: error }, 'request failed')

    return reply.status(500).send({ error: { code: 'internal', message: 'Internal error' } })
  })
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send({ error: { code: 'not_found', message: 'No such route' } }),
  )

  registerHealthRoute(app, deps.engine)
  for (const register of deps.routes ?? []) register(app)

  return app
}
