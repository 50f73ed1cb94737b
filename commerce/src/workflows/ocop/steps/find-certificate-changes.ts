import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { OCOP_MODULE } from '../../../modules/ocop'
import {
  certificateStatus,
  EXPIRY_WARNING_DAYS,
  expiresWithin,
} from '../../../modules/ocop/certificate-rules'
import type OcopModuleService from '../../../modules/ocop/service'

/** Certificates whose recorded status is out of date, and those expiring soon. */
export type CertificateChanges = {
  statusChanges: { id: string; from: string; to: string }[]
  expiringSoon: { id: string; certificate_number: string; expires_at: string }[]
}

/** Compares each certificate's recorded status with the one its dates give at `now`. */
export const findCertificateChangesStep = createStep(
  'find-certificate-changes',
  async (input: { now: string }, { container }) => {
    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const now = new Date(input.now)
    const certificates = await ocop.listOcopCertificates({}, { take: null })

    const statusChanges = certificates.flatMap((cert) => {
      const to = certificateStatus(cert, now)

      return to === cert.status ? [] : [{ id: cert.id, from: cert.status, to }]
    })
    const expiringSoon = certificates
      .filter((cert) => expiresWithin(cert, EXPIRY_WARNING_DAYS, now))
      .map((cert) => ({
        id: cert.id,
        certificate_number: cert.certificate_number,
        expires_at: new Date(cert.expires_at).toISOString(),
      }))

    return new StepResponse<CertificateChanges>({ statusChanges, expiringSoon })
  },
)
