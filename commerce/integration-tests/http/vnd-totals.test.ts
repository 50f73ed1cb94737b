import { beforeAll, describe, expect, it } from 'vitest'
import { adminToken, call, sql, tenantKey } from '../helpers/api'
import { createTestProduct } from '../helpers/catalog'
import { completeCart, prepareCart, regionId } from '../helpers/checkout'

describe('VND totals', () => {
  let key: string
  let region: string

  beforeAll(async () => {
    key = await tenantKey('dien-bien-phu')
    region = await regionId(key)
    const promo = await call('POST', '/admin/promotions', {
      token: await adminToken(),
      body: {
        code: 'TETDIENBIEN',
        type: 'standard',
        status: 'active',
        is_automatic: false,
        application_method: {
          type: 'fixed',
          target_type: 'order',
          allocation: 'across',
          value: 50_000,
          currency_code: 'vnd',
        },
      },
    })
    expect(promo.status).toBe(200)
  })

  it('keeps 149.000 ₫ × 3 = 447.000 ₫ exact with shipping and a promotion, into the order', async () => {
    const product = await createTestProduct({ handle: 'vnd-totals', priceVnd: 149_000, stock: 10 })
    const cartId = await prepareCart({
      key,
      regionId: region,
      items: [{ variantId: product.variantId, quantity: 3 }],
      promoCodes: ['TETDIENBIEN'],
    })

    const { body } = await call('GET', `/store/carts/${cartId}`, { key })
    expect(body.cart.currency_code).toBe('vnd')
    expect(body.cart.item_subtotal).toBe(447_000)
    expect(body.cart.shipping_total).toBe(30_000)
    expect(body.cart.discount_total).toBe(50_000)
    expect(body.cart.total).toBe(427_000)
    for (const field of ['total', 'subtotal', 'tax_total', 'discount_total', 'shipping_total']) {
      expect(Number.isInteger(body.cart[field])).toBe(true)
    }

    const result = await completeCart(key, cartId)
    expect(result.orderId).toBeDefined()
    const [summary] = await sql<{ totals: { current_order_total: number } }>(
      `select totals from order_summary where order_id = $1`,
      [result.orderId],
    )
    expect(Number(summary?.totals.current_order_total)).toBe(427_000)
    const [payment] = await sql<{ amount: string }>(
      `select pc.amount from order_payment_collection opc
       join payment_collection pc on pc.id = opc.payment_collection_id where opc.order_id = $1`,
      [result.orderId],
    )
    expect(payment?.amount).toBe('427000')
  })
})
