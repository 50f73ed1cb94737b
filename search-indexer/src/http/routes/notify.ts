import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Pool } from '../../db/pool.js'
import { IndexerError } from '../../errors/indexer-error.js'
import { notificationSchema } from '../../sync/notification.js'
import { storeNotification } from '../../sync/store-notification.js'
import { checkSecret } from '../check-secret.js'

/** `POST /notify`: stores the change durably, answers 202, and wakes the worker. */
export function registerNotifyRoute(
  app: FastifyInstance,
  deps: { pool: Pool; secret: string; onStored: () => void },
) {
  // The secret is checked in `onRequest`, before Fastify reads and parses the body, so an
  // unauthenticated caller cannot make the server parse anything.
  const onRequest = async (request: FastifyRequest) => checkSecret(request, deps.secret)
  app.post('/notify', { onRequest, bodyLimit: 64 * 1024 }, async (request, reply) => {
    const parsed = notificationSchema.safeParse(request.body)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new IndexerError(
        'invalid_body',
        `${issue?.path.join('.') || 'body'}: ${issue?.message}`,
      )
    }
    const seq = await storeNotification(deps.pool, parsed.data)
    request.log.info(
      { seq, tenant: parsed.data.tenant, kind: parsed.data.kind, id: parsed.data.id },
      'notification stored',
    )
    deps.onStored()

    return reply.status(202).send({ queued: seq })
  })
}
