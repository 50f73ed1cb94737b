import { timingSafeEqual } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import { IndexerError } from '../errors/indexer-error.js'

/** Refuses a request whose `x-indexer-secret` header is not the shared secret. */
export function checkSecret(request: FastifyRequest, secret: string): void {
  const given = request.headers['x-indexer-secret']
  const expected = Buffer.from(secret)
  const actual = Buffer.from(typeof given === 'string' ? given : '')
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    throw new IndexerError('unauthorized', 'x-indexer-secret header missing or wrong')
  }
}
