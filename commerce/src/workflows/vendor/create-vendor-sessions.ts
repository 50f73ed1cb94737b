import { createWorkflow, WorkflowResponse } from '@medusajs/framework/workflows-sdk'
import {
  createExperienceSessionsStep,
  type NewExperienceSessions,
} from './steps/create-experience-sessions'

/** Adds sessions (one, or the dates of a weekly rule) to a cooperative's experience. */
export const createVendorSessionsWorkflow = createWorkflow(
  'create-vendor-sessions',
  (input: NewExperienceSessions) => {
    const ids = createExperienceSessionsStep(input)

    return new WorkflowResponse(ids)
  },
)
