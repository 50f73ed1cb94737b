import { mapDashboard, mapOrder } from './map-vendor'
import { VendorDashboard, VendorOrderAnswer, VendorOrderList } from './schemas'
import { vendorRequest } from './vendor-request'
import type { PortalDashboard, PortalOrder } from '@/portal/types'

const path = (id: string) => `/vendor/orders/${encodeURIComponent(id)}`

/** What needs doing: orders to ship, payments, sessions, certificates, approvals. */
export async function getDashboard(token: string): Promise<PortalDashboard> {
  return mapDashboard(await vendorRequest('/vendor/dashboard', VendorDashboard, { token }))
}

/** Orders with the cooperative's products; `to_ship` keeps those with lines left to send. */
export async function listOrders(
  token: string,
  input: { status: 'to_ship' | 'all'; limit: number; offset: number },
): Promise<{ orders: PortalOrder[]; count: number }> {
  const answer = await vendorRequest('/vendor/orders', VendorOrderList, { token, query: input })

  return { orders: answer.orders.map(mapOrder), count: answer.count }
}

/** One order (404 when it holds none of the cooperative's products). */
export async function getOrder(token: string, id: string): Promise<PortalOrder> {
  return mapOrder((await vendorRequest(path(id), VendorOrderAnswer, { token })).order)
}

/** Marks order lines shipped or ready for pickup. */
export async function fulfilItems(
  token: string,
  id: string,
  input: { item_ids: string[]; kind: 'shipped' | 'ready_for_pickup'; tracking_number?: string },
): Promise<PortalOrder> {
  const answer = await vendorRequest(`${path(id)}/fulfilments`, VendorOrderAnswer, {
    token,
    method: 'POST',
    body: input,
  })

  return mapOrder(answer.order)
}

/** Records that the cooperative received its share of a cash-on-delivery or VietQR payment. */
export async function markPaymentReceived(token: string, id: string): Promise<PortalOrder> {
  const answer = await vendorRequest(`${path(id)}/payment-received`, VendorOrderAnswer, {
    token,
    method: 'POST',
  })

  return mapOrder(answer.order)
}
