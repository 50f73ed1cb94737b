import { adminToken, call, sql } from './api'

/** A product made for one test, with one variant. */
export type TestProduct = { productId: string; variantId: string; handle: string }

/**
 * Creates a published product through the admin API with one variant at `priceVnd` đồng and
 * `stock` units at the seeded location, on the given tenant's sales channel.
 */
export async function createTestProduct(input: {
  handle: string
  priceVnd: number
  stock: number
  tenant?: string
}): Promise<TestProduct> {
  const token = await adminToken()
  const [channel] = await sql<{ id: string }>(
    `select id from sales_channel where metadata->>'tenant' = $1 and deleted_at is null`,
    [input.tenant ?? 'dien-bien-phu'],
  )
  const [profile] = await sql<{ id: string }>(
    `select id from shipping_profile where type = 'default' and deleted_at is null`,
  )
  const [location] = await sql<{ id: string }>(
    `select id from stock_location where deleted_at is null order by created_at limit 1`,
  )
  const created = await call('POST', '/admin/products', {
    token,
    body: {
      title: `Test ${input.handle}`,
      handle: input.handle,
      status: 'published',
      shipping_profile_id: profile?.id,
      options: [{ title: 'Quy cách', values: ['Mặc định'] }],
      variants: [
        {
          title: 'Mặc định',
          manage_inventory: true,
          options: { 'Quy cách': 'Mặc định' },
          prices: [{ amount: input.priceVnd, currency_code: 'vnd' }],
        },
      ],
      sales_channels: [{ id: channel?.id }],
    },
  })
  if (created.status !== 200) throw new Error(`create product: ${JSON.stringify(created.body)}`)
  const productId: string = created.body.product.id
  const variantId: string = created.body.product.variants[0].id
  const [item] = await sql<{ inventory_item_id: string }>(
    `select inventory_item_id from product_variant_inventory_item
     where variant_id = $1 and deleted_at is null`,
    [variantId],
  )
  const level = await call(
    'POST',
    `/admin/inventory-items/${item?.inventory_item_id}/location-levels`,
    {
      token,
      body: { location_id: location?.id, stocked_quantity: input.stock },
    },
  )
  if (level.status !== 200) throw new Error(`stock: ${JSON.stringify(level.body)}`)

  return { productId, variantId, handle: input.handle }
}
