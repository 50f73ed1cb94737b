import type { FastifyInstance, FastifyRequest } from 'fastify'
import { IndexerError } from '../../errors/indexer-error.js'
import { checkSecret } from '../check-secret.js'

/** `POST /reindex`: starts a full rebuild in the background (202), 409 while one runs. */
export function registerReindexRoute(
  app: FastifyInstance,
  deps: { secret: string; start: () => { started: boolean } },
) {
  const onRequest = async (request: FastifyRequest) => checkSecret(request, deps.secret)
  app.post('/reindex', { onRequest }, async (_request, reply) => {
    const { started } = deps.start()
    if (!started) throw new IndexerError('reindex_running', 'A full reindex is already running')

    return reply.status(202).send({ started: true })
  })
}
