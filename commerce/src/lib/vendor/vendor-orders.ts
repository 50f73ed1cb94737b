import type { VendorScope } from './vendor-scope'

/** An order as a cooperative sees it: only the lines of its own products. */
export type VendorOrder = {
  id: string
  display_id: number
  status: string
  currency_code: string
  created_at: string
  items: {
    id: string
    title: string
    product_id: string
    variant_id: string | null
    quantity: number
    unit_price_vnd: number
  }[]
}

type LineRow = {
  order_id: string
  display_id: number
  status: string
  currency_code: string
  created_at: Date | string
  item_id: string
  title: string
  product_id: string
  variant_id: string | null
  quantity: string
  unit_price: string
}

/**
 * Orders holding at least one of the cooperative's products, newest first, each with only
 * those lines (current order version). `orderId` narrows to one order.
 */
export async function listVendorOrders(
  scope: VendorScope,
  input: { limit: number; offset: number; orderId?: string },
): Promise<{ orders: VendorOrder[]; count: number }> {
  const { pg } = scope
  const own = pg('cooperative_cooperative_product_product')
    .select('product_id')
    .where('cooperative_id', scope.cooperativeId)
    .whereNull('deleted_at')
  const orders = pg('order as o')
    .join('order_item as oi', function () {
      this.on('oi.order_id', 'o.id').andOn('oi.version', 'o.version')
    })
    .join('order_line_item as li', 'li.id', 'oi.item_id')
    .whereNull('o.deleted_at')
    .whereNull('oi.deleted_at')
    .whereIn('li.product_id', own)
  if (input.orderId) orders.where('o.id', input.orderId)

  const [page, total] = await Promise.all([
    orders
      .clone()
      .distinct('o.id', 'o.created_at')
      .orderBy('o.created_at', 'desc')
      .limit(input.limit)
      .offset(input.offset),
    orders.clone().countDistinct<{ count: string }[]>('o.id as count'),
  ])
  const ids = (page as { id: string }[]).map((r) => r.id)
  if (ids.length === 0) return { orders: [], count: Number(total[0]?.count ?? 0) }

  const lines = (await orders
    .clone()
    .whereIn('o.id', ids)
    .select(
      'o.id as order_id',
      'o.display_id',
      'o.status',
      'o.currency_code',
      'o.created_at',
      'li.id as item_id',
      'li.title',
      'li.product_id',
      'li.variant_id',
      'oi.quantity',
      'li.unit_price',
    )) as LineRow[]

  const byId = new Map<string, VendorOrder>()
  for (const line of lines) {
    const order =
      byId.get(line.order_id) ??
      ({
        id: line.order_id,
        display_id: line.display_id,
        status: line.status,
        currency_code: line.currency_code,
        created_at: new Date(line.created_at).toISOString(),
        items: [],
      } satisfies VendorOrder)
    order.items.push({
      id: line.item_id,
      title: line.title,
      product_id: line.product_id,
      variant_id: line.variant_id,
      quantity: Number(line.quantity),
      unit_price_vnd: Number(line.unit_price),
    })
    byId.set(line.order_id, order)
  }

  return {
    orders: ids.flatMap((id) => byId.get(id) ?? []),
    count: Number(total[0]?.count ?? 0),
  }
}
