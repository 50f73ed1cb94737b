import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { type CertificateChanges } from '../../../../workflows/ocop/steps/find-certificate-changes'
import { checkCertificateExpiryWorkflow } from '../../../../workflows/ocop/check-certificate-expiry'

/** Runs the daily OCOP expiry check now (admins; the job runs it every day at 01:00 UTC). */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<CertificateChanges>,
): Promise<void> {
  const { result } = await checkCertificateExpiryWorkflow(req.scope).run({
    input: { now: new Date().toISOString() },
  })

  res.json(result)
}
