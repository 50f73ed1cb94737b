import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { OCOP_MODULE } from '../../../modules/ocop'
import type { CertificateStatus } from '../../../modules/ocop/certificate-rules'
import type OcopModuleService from '../../../modules/ocop/service'

type Change = { id: string; from: string; to: string }

/** Records the new statuses; compensation puts the previous ones back. */
export const recordCertificateStatusesStep = createStep(
  'record-certificate-statuses',
  async (changes: Change[], { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    if (changes.length > 0) {
      await ocop.updateOcopCertificates(
        changes.map((c) => ({ id: c.id, status: c.to as CertificateStatus })),
      )
    }

    return new StepResponse(changes.length, changes)
  },
  async (changes, { container }) => {
    if (!changes?.length) return
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    await ocop.updateOcopCertificates(
      changes.map((c) => ({ id: c.id, status: c.from as CertificateStatus })),
    )
  },
)
