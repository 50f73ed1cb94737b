import { createWorkflow, WorkflowResponse } from '@medusajs/framework/workflows-sdk'
import { transform } from '@medusajs/framework/workflows-sdk'
import { findCertificateChangesStep } from './steps/find-certificate-changes'
import { recordCertificateStatusesStep } from './steps/record-certificate-statuses'

/**
 * The daily OCOP check: records the status each certificate's dates give today (expired ones
 * become `expired`) and returns those expiring within 90 days.
 */
export const checkCertificateExpiryWorkflow = createWorkflow(
  'check-ocop-certificate-expiry',
  (input: { now: string }) => {
    const changes = findCertificateChangesStep(input)
    const statusChanges = transform({ changes }, ({ changes }) => changes.statusChanges)
    recordCertificateStatusesStep(statusChanges)

    return new WorkflowResponse(changes)
  },
)
