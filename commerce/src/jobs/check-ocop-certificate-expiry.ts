import type { MedusaContainer } from '@medusajs/framework/types'
import { ContainerRegistrationKeys } from '@medusajs/framework/utils'
import { checkCertificateExpiryWorkflow } from '../workflows/ocop/check-certificate-expiry'

/** Daily at 01:00 UTC (08:00 in Vietnam): marks expired certificates, lists those expiring. */
export default async function checkOcopCertificateExpiry(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await checkCertificateExpiryWorkflow(container).run({
    input: { now: new Date().toISOString() },
  })
  const expired = result.statusChanges.filter((c) => c.to === 'expired').map((c) => c.id)
  logger.info(
    `ocop expiry: ${expired.length} newly expired [${expired.join(',')}], ` +
      `${result.expiringSoon.length} expiring within 90 days ` +
      `[${result.expiringSoon.map((c) => c.id).join(',')}]`,
  )
}

export const config = {
  name: 'check-ocop-certificate-expiry',
  schedule: '0 1 * * *',
}
