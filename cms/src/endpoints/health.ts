import type { Endpoint } from 'payload'

import { logger } from '../config/logger'

/**
 * `GET /api/health`: 200 `{ status: 'ok' }` once the database answers a one-row count,
 * 503 `{ status: 'unavailable' }` otherwise.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    try {
      await req.payload.db.count({ collection: 'tenants', req })

      return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } })
    } catch (err) {
      logger.error({ err }, 'health check: database unreachable')

      return Response.json({ status: 'unavailable' }, { status: 503 })
    }
  },
}
