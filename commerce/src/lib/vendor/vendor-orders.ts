import type { Knex } from '@medusajs/framework/mikro-orm/knex'
import { MedusaError } from '@medusajs/framework/utils'
import type { VendorScope } from './vendor-scope'

/** How far a cooperative's line has gone: packed for pickup, or handed to the carrier. */
export type ItemFulfilment = 'unfulfilled' | 'shipped' | 'ready_for_pickup'

/** Where the order's money stands for the cooperative reading it. */
export type VendorPaymentStatus = 'awaiting' | 'received' | 'captured'

/** An order as a cooperative sees it: only the lines of its own products. */
export type VendorOrder = {
  id: string
  display_id: number
  status: string
  created_at: string
  email: string | null
  /** Sum of the own lines after their discounts, in whole đồng. */
  total_vnd: number
  payment: {
    provider: string
    status: VendorPaymentStatus
    received_at: string | null
  }
  shipping_address: {
    first_name: string | null
    last_name: string | null
    phone: string | null
    address_1: string | null
    address_2: string | null
    city: string | null
    province: string | null
    postal_code: string | null
    country_code: string | null
  } | null
  shipping_method: string | null
  items: {
    id: string
    title: string
    product_id: string
    variant_id: string | null
    quantity: number
    unit_price_vnd: number
    fulfilment: ItemFulfilment
  }[]
}

/** Which orders a list shows: those with own lines still to send, or all of them. */
export type VendorOrderFilter = 'to_ship' | 'all'

type OrderRow = {
  id: string
  display_id: number
  status: string
  created_at: Date | string
  email: string | null
  first_name: string | null
  last_name: string | null
  phone: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
  has_address: boolean
}

type LineRow = {
  order_id: string
  item_id: string
  title: string
  product_id: string
  variant_id: string | null
  quantity: string
  fulfilled_quantity: string
  shipped_quantity: string
  unit_price: string
  discount: string | null
}

type PaymentRow = {
  order_id: string
  provider_id: string
  captured_at: Date | null
}

/** Order states in which nothing is to be sent or collected any more. */
const CLOSED_STATUSES = ['canceled', 'draft', 'archived']

/** The short provider name the portal shows (`pp_cod_cod` → `cod`). */
export function paymentProviderName(providerId: string): string {
  const parts = providerId.toLowerCase().split('_')
  for (const known of ['cod', 'vietqr', 'stripe']) if (parts.includes(known)) return known

  return providerId
}

/** Whether a cooperative collects this provider's money itself (cash or bank transfer). */
export function isCollectedByCooperative(providerId: string): boolean {
  return ['cod', 'vietqr'].includes(paymentProviderName(providerId))
}

/** The fulfilment state of a line from Medusa's fulfilled and shipped quantities. */
export function itemFulfilment(line: {
  quantity: number
  fulfilled: number
  shipped: number
}): ItemFulfilment {
  if (line.quantity > 0 && line.shipped >= line.quantity) return 'shipped'
  if (line.quantity > 0 && line.fulfilled >= line.quantity) return 'ready_for_pickup'

  return 'unfulfilled'
}

/** Ids of the cooperative's products, as a subquery. */
function ownProducts(scope: VendorScope): Knex.QueryBuilder {
  return scope
    .pg('cooperative_cooperative_product_product')
    .select('product_id')
    .where('cooperative_id', scope.cooperativeId)
    .whereNull('deleted_at')
}

/** Current-version lines of the cooperative's products, joined to their orders. */
function ownLines(scope: VendorScope): Knex.QueryBuilder {
  return scope
    .pg('order as o')
    .join('order_item as oi', function () {
      this.on('oi.order_id', 'o.id').andOn('oi.version', 'o.version')
    })
    .join('order_line_item as li', 'li.id', 'oi.item_id')
    .whereNull('o.deleted_at')
    .whereNull('oi.deleted_at')
    .whereNull('li.deleted_at')
    .whereIn('li.product_id', ownProducts(scope))
}

/**
 * Restricts `lines` to lines still to be sent: not fulfilled, not an experience booking
 * (a seat is not shipped), in an order that is still open.
 */
function toShip(lines: Knex.QueryBuilder): Knex.QueryBuilder {
  return lines
    .whereRaw('oi.fulfilled_quantity < oi.quantity')
    .whereRaw("li.metadata->>'session_id' is null")
    .whereNotIn('o.status', CLOSED_STATUSES)
}

/** The newest non-cancelled payment (or its session's provider) of each order. */
async function paymentsOf(pg: Knex, orderIds: string[]): Promise<Map<string, PaymentRow>> {
  const rows = (await pg('order_payment_collection as opc')
    .join('payment_collection as pc', 'pc.id', 'opc.payment_collection_id')
    .leftJoin('payment as p', function () {
      this.on('p.payment_collection_id', 'pc.id')
        .andOnNull('p.deleted_at')
        .andOnNull('p.canceled_at')
    })
    .leftJoin('payment_session as ps', function () {
      this.on('ps.payment_collection_id', 'pc.id').andOnNull('ps.deleted_at')
    })
    .select(
      'opc.order_id',
      pg.raw('coalesce(p.provider_id, ps.provider_id) as provider_id'),
      'p.captured_at',
    )
    .whereIn('opc.order_id', orderIds)
    .whereNull('opc.deleted_at')
    .whereNull('pc.deleted_at')
    .orderBy([
      { column: 'opc.order_id' },
      { column: 'p.created_at', order: 'asc', nulls: 'first' },
      { column: 'ps.created_at', order: 'asc' },
    ])) as PaymentRow[]

  // Rows come oldest first, so the last one kept per order is the newest payment.
  return new Map(rows.filter((r) => r.provider_id).map((r) => [r.order_id, r]))
}

/** When the cooperative marked each order's payment received. */
async function receiptsOf(scope: VendorScope, orderIds: string[]): Promise<Map<string, Date>> {
  const rows = (await scope
    .pg('cooperative_payment_receipt')
    .select('order_id', 'received_at')
    .where('cooperative_id', scope.cooperativeId)
    .whereIn('order_id', orderIds)
    .whereNull('deleted_at')) as { order_id: string; received_at: Date }[]

  return new Map(rows.map((r) => [r.order_id, new Date(r.received_at)]))
}

/** The name of each order's first shipping method (current version). */
async function shippingMethodsOf(pg: Knex, orderIds: string[]): Promise<Map<string, string>> {
  const rows = (await pg('order as o')
    .join('order_shipping as os', function () {
      this.on('os.order_id', 'o.id').andOn('os.version', 'o.version')
    })
    .join('order_shipping_method as sm', 'sm.id', 'os.shipping_method_id')
    .select('o.id as order_id', 'sm.name')
    .whereIn('o.id', orderIds)
    .whereNull('os.deleted_at')
    .whereNull('sm.deleted_at')
    .orderBy('os.created_at', 'desc')) as { order_id: string; name: string }[]

  return new Map(rows.map((r) => [r.order_id, r.name]))
}

/**
 * Orders holding at least one of the cooperative's products, newest first, each with only
 * those lines (current order version), the buyer's address and where the payment stands.
 * `status: 'to_ship'` keeps orders with own lines not yet fulfilled; `orderId` narrows to one.
 */
export async function listVendorOrders(
  scope: VendorScope,
  input: { limit: number; offset: number; status?: VendorOrderFilter; orderId?: string },
): Promise<{ orders: VendorOrder[]; count: number }> {
  const { pg } = scope
  const matching = input.status === 'to_ship' ? toShip(ownLines(scope)) : ownLines(scope)
  if (input.orderId) matching.where('o.id', input.orderId)

  const [page, total] = await Promise.all([
    matching
      .clone()
      .distinct('o.id', 'o.created_at')
      .orderBy([
        { column: 'o.created_at', order: 'desc' },
        { column: 'o.id', order: 'desc' },
      ])
      .limit(input.limit)
      .offset(input.offset),
    matching.clone().countDistinct<{ count: string }[]>('o.id as count'),
  ])
  const count = Number(total[0]?.count ?? 0)
  const ids = (page as { id: string }[]).map((r) => r.id)
  if (ids.length === 0) return { orders: [], count }

  const [orderRows, lines, payments, receipts, methods] = await Promise.all([
    pg('order as o')
      .leftJoin('order_address as a', 'a.id', 'o.shipping_address_id')
      .select(
        'o.id',
        'o.display_id',
        'o.status',
        'o.created_at',
        'o.email',
        'a.first_name',
        'a.last_name',
        'a.phone',
        'a.address_1',
        'a.address_2',
        'a.city',
        'a.province',
        'a.postal_code',
        'a.country_code',
        pg.raw('a.id is not null as has_address'),
      )
      .whereIn('o.id', ids) as Promise<OrderRow[]>,
    ownLines(scope)
      .whereIn('o.id', ids)
      .select(
        'o.id as order_id',
        'li.id as item_id',
        'li.title',
        'li.product_id',
        'li.variant_id',
        'oi.quantity',
        'oi.fulfilled_quantity',
        'oi.shipped_quantity',
        pg.raw('coalesce(oi.unit_price, li.unit_price) as unit_price'),
        pg
          .from('order_line_item_adjustment as adj')
          .sum('adj.amount')
          .whereRaw('adj.item_id = li.id')
          .whereNull('adj.deleted_at')
          // Adjustments are kept per order version; only the newest set applies.
          .where(
            'adj.version',
            pg
              .from('order_line_item_adjustment as a2')
              .max('a2.version')
              .whereRaw('a2.item_id = li.id')
              .whereNull('a2.deleted_at'),
          )
          .as('discount'),
      )
      .orderBy('li.created_at') as Promise<LineRow[]>,
    paymentsOf(pg, ids),
    receiptsOf(scope, ids),
    shippingMethodsOf(pg, ids),
  ])

  const linesByOrder = new Map<string, LineRow[]>()
  for (const line of lines) {
    linesByOrder.set(line.order_id, [...(linesByOrder.get(line.order_id) ?? []), line])
  }
  const rowsById = new Map(orderRows.map((r) => [r.id, r]))

  const orders = ids.flatMap((id): VendorOrder[] => {
    const row = rowsById.get(id)
    if (!row) return []
    const own = linesByOrder.get(id) ?? []
    const payment = payments.get(id)
    const receivedAt = receipts.get(id)
    const receivedOn = receivedAt ?? (payment?.captured_at ? new Date(payment.captured_at) : null)
    const status: VendorPaymentStatus = payment?.captured_at
      ? 'captured'
      : receivedAt
        ? 'received'
        : 'awaiting'

    return [
      {
        id,
        display_id: row.display_id,
        status: row.status,
        created_at: new Date(row.created_at).toISOString(),
        email: row.email,
        total_vnd: own.reduce(
          (sum, l) => sum + Number(l.unit_price) * Number(l.quantity) - Number(l.discount ?? 0),
          0,
        ),
        payment: {
          provider: payment ? paymentProviderName(payment.provider_id) : 'none',
          status,
          received_at: receivedOn ? receivedOn.toISOString() : null,
        },
        shipping_address: row.has_address
          ? {
              first_name: row.first_name,
              last_name: row.last_name,
              phone: row.phone,
              address_1: row.address_1,
              address_2: row.address_2,
              city: row.city,
              province: row.province,
              postal_code: row.postal_code,
              country_code: row.country_code,
            }
          : null,
        shipping_method: methods.get(id) ?? null,
        items: own.map((l) => ({
          id: l.item_id,
          title: l.title,
          product_id: l.product_id,
          variant_id: l.variant_id,
          quantity: Number(l.quantity),
          unit_price_vnd: Number(l.unit_price),
          fulfilment: itemFulfilment({
            quantity: Number(l.quantity),
            fulfilled: Number(l.fulfilled_quantity),
            shipped: Number(l.shipped_quantity),
          }),
        })),
      },
    ]
  })

  return { orders, count }
}

/** How many of the cooperative's orders still have own lines to send. */
export async function countOrdersToShip(scope: VendorScope): Promise<number> {
  const [row] = await toShip(ownLines(scope)).countDistinct<{ count: string }[]>('o.id as count')

  return Number(row?.count ?? 0)
}

/**
 * How many open cash-on-delivery or VietQR orders with the cooperative's products are neither
 * captured nor marked received by the cooperative yet.
 */
export async function countPaymentsToCollect(scope: VendorScope): Promise<number> {
  const { pg } = scope
  const [row] = await ownLines(scope)
    .whereNotIn('o.status', CLOSED_STATUSES)
    .whereExists(
      pg('order_payment_collection as opc')
        .join('payment as p', 'p.payment_collection_id', 'opc.payment_collection_id')
        .select(pg.raw('1'))
        .whereRaw('opc.order_id = o.id')
        .whereNull('opc.deleted_at')
        .whereNull('p.deleted_at')
        .whereNull('p.canceled_at')
        .whereNull('p.captured_at')
        // The same providers as isCollectedByCooperative: a whole `cod` or `vietqr` segment.
        .whereRaw("p.provider_id ~ '(^|_)(cod|vietqr)(_|$)'"),
    )
    .whereNotExists(
      pg('cooperative_payment_receipt as r')
        .select(pg.raw('1'))
        .whereRaw('r.order_id = o.id')
        .where('r.cooperative_id', scope.cooperativeId)
        .whereNull('r.deleted_at'),
    )
    .countDistinct<{ count: string }[]>('o.id as count')

  return Number(row?.count ?? 0)
}

/**
 * One order as the cooperative sees it; an order without its lines (another cooperative's,
 * or none at all) is a 404.
 */
export async function loadVendorOrder(scope: VendorScope, orderId: string): Promise<VendorOrder> {
  const { orders } = await listVendorOrders(scope, { limit: 1, offset: 0, orderId })
  const [order] = orders
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} not found`)

  return order
}
