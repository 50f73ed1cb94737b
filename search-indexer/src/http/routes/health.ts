import type { FastifyInstance } from 'fastify'
import type { SearchEngine } from '../../engines/engine.js'

/** `GET /health`: 200 when the engine answers, 503 otherwise. */
export function registerHealthRoute(app: FastifyInstance, engine: SearchEngine) {
  app.get('/health', async (_request, reply) => {
    const ok = await engine.healthy()

    return reply
      .status(ok ? 200 : 503)
      .send({ status: ok ? 'ok' : 'unavailable', engine: engine.name })
  })
}
