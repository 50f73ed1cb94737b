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

/** The tickets of an order's bookings; an empty list when the order has none. */
export async function getOrderTickets(
  tenant: Tenant,
  orderId: string,
  locale: Locale,
): Promise<Ticket[]> {
  try {
    const answer = await storeRequest(
      tenant,
      `/store/hoaban/orders/${encodeURIComponent(orderId)}/tickets`,
      HoaBanTickets,
    )

    return answer.tickets.map((ticket) => ({
      id: ticket.id,
      code: ticket.qr_payload ?? ticket.code ?? ticket.id,
      title:
        typeof ticket.product_title === 'string'
          ? ticket.product_title
          : pickLocale(ticket.product_title ?? null, locale),
      startsAt: ticket.starts_at ?? null,
      participants: ticket.participants ?? null,
      meetingPoint: ticket.meeting_point ?? null,
    }))
  } catch (error) {
    if (error instanceof StorefrontError && error.code === 'not_found') return []
    throw error
  }
}
