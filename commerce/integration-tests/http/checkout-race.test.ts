import { beforeAll, describe, expect, it } from 'vitest'
import { sql, tenantKey } from '../helpers/api'
import { createTestProduct } from '../helpers/catalog'
import { completeCart, prepareCart, regionId } from '../helpers/checkout'

const BUYERS = 20
const STOCK = 5
const ROUNDS = Number(process.env.HOABAN_RACE_ROUNDS ?? 2)

describe('20 buyers, 5 in stock', () => {
  let key: string
  let region: string

  beforeAll(async () => {
    key = await tenantKey('dien-bien-phu')
    region = await regionId(key)
  })

  for (let round = 1; round <= ROUNDS; round += 1) {
    it(`round ${round}: exactly 5 orders, 15 clear errors, nothing left to sell`, async () => {
      const product = await createTestProduct({
        handle: `race-${round}-${Date.now()}`,
        priceVnd: 149_000,
        stock: STOCK,
      })
      const carts: string[] = []
      while (carts.length < BUYERS) {
        const batch = Array.from({ length: Math.min(5, BUYERS - carts.length) }, () =>
          prepareCart({
            key,
            regionId: region,
            items: [{ variantId: product.variantId, quantity: 1 }],
          }),
        )
        carts.push(...(await Promise.all(batch)))
      }

      const started = Date.now()
      const results = await Promise.all(carts.map((cartId) => completeCart(key, cartId)))
      console.log(`race round ${round}: 20 completions took ${Date.now() - started} ms`)

      const orders = await sql<{ order_id: string; status: string }>(
        `select distinct o.id as order_id, o.status from "order" o
         join order_item oi on oi.order_id = o.id
         join order_line_item li on li.id = oi.item_id
         where li.variant_id = $1 and o.deleted_at is null`,
        [product.variantId],
      )
      expect(orders).toHaveLength(STOCK)
      expect(results.filter((r) => r.orderId)).toHaveLength(STOCK)
      const failures = results.filter((r) => !r.orderId)
      expect(failures).toHaveLength(BUYERS - STOCK)
      for (const failure of failures) {
        expect(failure.status).toBeGreaterThanOrEqual(400)
        expect(failure.error).toMatch(/inventory|stock|quantity/i)
      }

      const [level] = await sql<{ stocked_quantity: string; reserved_quantity: string }>(
        `select il.stocked_quantity, il.reserved_quantity from inventory_level il
         join product_variant_inventory_item pvi on pvi.inventory_item_id = il.inventory_item_id
         where pvi.variant_id = $1 and il.deleted_at is null`,
        [product.variantId],
      )
      expect(Number(level?.stocked_quantity) - Number(level?.reserved_quantity)).toBe(0)
      const completed = await sql(
        `select id from cart where id = any($1) and completed_at is not null`,
        [carts],
      )
      expect(completed).toHaveLength(STOCK)
    })
  }
})
