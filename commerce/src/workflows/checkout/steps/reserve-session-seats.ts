import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { toNumber } from '../../../lib/to-number'

type Line = {
  quantity: unknown
  variant_title?: string | null
  metadata?: Record<string, unknown> | null
}

/** Seats each session needs for a cart: adults and children take one each, infants none. */
export function seatsBySession(lines: Line[]): Map<string, number> {
  const seats = new Map<string, number>()
  for (const line of lines) {
    const sessionId = line.metadata?.session_id
    if (typeof sessionId !== 'string') continue
    const perUnit = /infant/i.test(line.variant_title ?? '') ? 0 : 1
    seats.set(sessionId, (seats.get(sessionId) ?? 0) + perUnit * toNumber(line.quantity))
  }

  return seats
}

/**
 * Takes the cart's seats, one conditional UPDATE per session (seats_taken + n <= capacity), so
 * the last seat is sold once however many buy at the same moment. Compensation gives them back.
 */
export const reserveSessionSeatsStep = createStep(
  'reserve-session-seats',
  async (input: { cart_id: string; completed: boolean }, { container }) => {
    if (input.completed) return new StepResponse([], [])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { data } = await query.graph({
      entity: 'cart',
      fields: ['items.quantity', 'items.variant_title', 'items.metadata'],
      filters: { id: input.cart_id },
    })
    const seats = seatsBySession(((data[0] as { items?: Line[] })?.items ?? []).filter(Boolean))

    const taken: { session_id: string; seats: number }[] = []
    try {
      for (const [sessionId, count] of seats) {
        if (count === 0) continue
        const updated = await pg('experience_session')
          .where('id', sessionId)
          .where('status', 'scheduled')
          .whereNull('deleted_at')
          .where('starts_at', '>', new Date())
          .whereRaw('seats_taken + ? <= capacity', [count])
          .increment('seats_taken', count)
        if (updated === 0) {
          const session = (await pg('experience_session')
            .first('capacity', 'seats_taken', 'status')
            .where('id', sessionId)) as
            { capacity: number; seats_taken: number; status: string } | undefined
          const left = session ? session.capacity - session.seats_taken : 0
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            !session || session.status !== 'scheduled'
              ? `Session ${sessionId} is not open for booking`
              : left <= 0
                ? `Sold out: no seats left in session ${sessionId}`
                : `Only ${left} seats left in session ${sessionId}`,
          )
        }
        taken.push({ session_id: sessionId, seats: count })
      }
    } catch (error) {
      for (const t of taken) {
        await pg('experience_session').where('id', t.session_id).decrement('seats_taken', t.seats)
      }
      throw error
    }

    return new StepResponse(taken, taken)
  },
  async (taken, { container }) => {
    if (!taken?.length) return
    const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    for (const t of taken) {
      await pg('experience_session').where('id', t.session_id).decrement('seats_taken', t.seats)
    }
  },
)
