import { MedusaError } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { BOOKING_MODULE } from '../../../modules/booking'
import type BookingModuleService from '../../../modules/booking/service'

/** New times and/or a cancellation for one session. */
export type SessionChange = {
  id: string
  starts_at?: string
  ends_at?: string
  status?: 'scheduled' | 'cancelled'
}

type Previous = { id: string; starts_at: Date; ends_at: Date; status: 'scheduled' | 'cancelled' }

/** Changes a session's times or status; compensation puts the previous values back. */
export const updateSessionStep = createStep(
  'update-experience-session',
  async (input: SessionChange, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const current = await booking.retrieveExperienceSession(input.id).catch(() => null)
    if (!current)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Session ${input.id} not found`)
    const startsAt = input.starts_at ? new Date(input.starts_at) : current.starts_at
    const endsAt = input.ends_at ? new Date(input.ends_at) : current.ends_at
    if (new Date(endsAt).getTime() <= new Date(startsAt).getTime()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, 'ends_at: must be after starts_at')
    }

    await booking.updateExperienceSessions({
      id: input.id,
      starts_at: startsAt,
      ends_at: endsAt,
      status: input.status ?? current.status,
    })

    return new StepResponse(
      {
        id: input.id,
        starts_at: new Date(startsAt).toISOString(),
        status: input.status ?? current.status,
      },
      {
        id: current.id,
        starts_at: current.starts_at,
        ends_at: current.ends_at,
        status: current.status,
      } as Previous,
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).updateExperienceSessions(previous)
  },
)
