import { createWorkflow, WorkflowResponse } from '@medusajs/framework/workflows-sdk'
import { notifySessionCustomersStep } from './steps/notify-session-customers'
import { type SessionChange, updateSessionStep } from './steps/update-session'

/** Moves or cancels a session, then tells its booked customers. */
export const updateSessionWorkflow = createWorkflow(
  'update-experience-session',
  (input: SessionChange) => {
    const session = updateSessionStep(input)
    const notified = notifySessionCustomersStep(session)

    return new WorkflowResponse({ session, notified })
  },
)
