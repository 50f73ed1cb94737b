import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { BOOKING_MODULE } from '../../../modules/booking'
import type BookingModuleService from '../../../modules/booking/service'

/** Sessions to add to one experience. */
export type NewExperienceSessions = {
  product_id: string
  times: { starts_at: Date; ends_at: Date }[]
  capacity: number
  language: string
  meeting_point: string | null
}

/** Creates the sessions in one call; compensation deletes them again. */
export const createExperienceSessionsStep = createStep(
  'create-vendor-experience-sessions',
  async (input: NewExperienceSessions, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const created = await booking.createExperienceSessions(
      input.times.map((t) => ({
        product_id: input.product_id,
        starts_at: t.starts_at,
        ends_at: t.ends_at,
        capacity: input.capacity,
        language: input.language,
        meeting_point: input.meeting_point,
      })),
    )
    const ids = created.map((s) => s.id)

    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).deleteExperienceSessions(ids)
  },
)
