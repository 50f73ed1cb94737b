import type { Order, Ticket } from '@/domain/cart'
import type { Locale, Tenant } from '@/domain/types'
import { StorefrontError } from '@/lib/errors'
import { storeRequest } from '../commerce-request'
import { pickLocale } from '../map-product'
import { mapOrder } from './map-cart'
import { HoaBanTickets, MedusaOrderAnswer } from './schemas'

/** A placed order by id; null when there is none. */
export async function getOrder(tenant: Tenant, orderId: string): Promise<Order | null> {
  try {
    const answer = await storeRequest(
      tenant,
      `/store/orders/${encodeURIComponent(orderId)}`,
      MedusaOrderAnswer,
      {
        query: {
          fields:
            '*items,*payment_collections,*payment_collections.payment_sessions,*payment_collections.payments',
        },
      },
    )

    return mapOrder(answer.order)
  } catch (error) {
    if (error instanceof StorefrontError && error.code === 'not_found') return null
    throw error
  }
}

/**
 * The tickets of an order's bookings, read by the checkout's cart id (commerce keeps bookings
 * by cart); an empty list when there are none or commerce has no ticket route.
 */
export async function getOrderTickets(
  tenant: Tenant,
  ids: { orderId: string; cartId: string | null },
  locale: Locale,
): Promise<Ticket[]> {
  const routes = [
    ...(ids.cartId ? [`/store/hoaban/carts/${encodeURIComponent(ids.cartId)}/tickets`] : []),
    `/store/hoaban/orders/${encodeURIComponent(ids.orderId)}/tickets`,
  ]
  for (const route of routes) {
    try {
      const answer = await storeRequest(tenant, route, HoaBanTickets)

      return answer.tickets.flatMap((ticket) => {
        const id = ticket.booking_id ?? ticket.id
        const code = ticket.code ?? ticket.qr_payload
        if (!id || !code) return []
        const point = ticket.meeting_point

        return [
          {
            id,
            sessionId: ticket.session_id ?? null,
            code,
            title:
              typeof ticket.product_title === 'string'
                ? ticket.product_title
                : pickLocale(ticket.product_title ?? null, locale),
            startsAt: ticket.starts_at ?? null,
            participants: ticket.participants ?? ticket.seats ?? null,
            meetingPoint: typeof point === 'string' ? point : (point?.name ?? null),
            status: ticket.status ?? null,
            cancellation: ticket.cancellation
              ? {
                  cancellable: ticket.cancellation.cancellable,
                  window: ticket.cancellation.window,
                  paidVnd: ticket.cancellation.paid_vnd,
                  refundVnd: ticket.cancellation.refund_vnd,
                  freeUntil: ticket.cancellation.free_until ?? null,
                }
              : null,
          },
        ]
      })
    } catch (error) {
      if (!(error instanceof StorefrontError) || error.code !== 'not_found') throw error
    }
  }

  return []
}
