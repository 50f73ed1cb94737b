import { ContainerRegistrationKeys } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { toNumber } from '../../../lib/to-number'
import { BOOKING_MODULE } from '../../../modules/booking'
import type BookingModuleService from '../../../modules/booking/service'
import { seatsBySession } from './reserve-session-seats'

type OrderLine = {
  id: string
  quantity: unknown
  detail?: { quantity: unknown } | null
  variant_title?: string | null
  metadata?: Record<string, unknown> | null
}

/** Records one booking (its ticket) per session line of the new order; undone by deletion. */
export const createSessionBookingsStep = createStep(
  'create-session-bookings',
  async (input: { cart_id: string; order_id: string }, { container }) => {
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const existing = await booking.listSessionBookings({ cart_id: input.cart_id })
    if (existing.length > 0) return new StepResponse([], [])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: 'order',
      fields: [
        'items.id',
        'items.quantity',
        'items.detail.quantity',
        'items.variant_title',
        'items.metadata',
      ],
      filters: { id: input.order_id },
    })
    // An order line's quantity lives in its detail row; read it there when the line lacks it.
    const lines = ((data[0] as { items?: (OrderLine | null)[] })?.items ?? [])
      .filter((l): l is OrderLine => Boolean(l && typeof l.metadata?.session_id === 'string'))
      .map((l) => ({ ...l, quantity: l.quantity ?? l.detail?.quantity }))
    if (lines.length === 0) return new StepResponse([], [])

    const created = await booking.createSessionBookings(
      lines.map((line) => ({
        session_id: String(line.metadata?.session_id),
        order_id: input.order_id,
        line_item_id: line.id,
        cart_id: input.cart_id,
        seats: seatsBySession([line]).get(String(line.metadata?.session_id)) ?? 0,
        participants: { [line.variant_title ?? 'guest']: toNumber(line.quantity) },
      })),
    )
    const ids = created.map((b) => b.id)

    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<BookingModuleService>(BOOKING_MODULE).deleteSessionBookings(ids)
  },
)
