import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { parseQuery } from '../../../lib/parse-query'
import { vendorScope } from '../../../lib/vendor/vendor-scope'
import { listVendorSessions, vietnamDateRange } from '../../../lib/vendor/vendor-sessions'
import { vendorSessionListQuery } from './validators'

/** The cooperative's sessions between two Vietnam dates (both included), cancelled ones too. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const scope = await vendorScope(req)
  const query = parseQuery(vendorSessionListQuery, req.query)

  res.json({ sessions: await listVendorSessions(scope, vietnamDateRange(query)) })
}
