import { expect, test } from '@playwright/test'
import { z } from 'zod'
import { callJson, commerceAdminAuthorization } from '../support/admin-api.ts'
import { getJson, publishableKey, stack } from '../support/stack.ts'

const tenantSlug = 'dien-bien-phu'

/** "1.234.000 ₫" or "₫1,234,000" → 1234000. */
function vnd(text: string): number {
  const digits = text.replace(/[^\d]/g, '')
  if (digits === '') throw new Error(`no amount in "${text}"`)

  return Number(digits)
}

test('in English: search coffee, buy 2, pay cash on delivery, and the order is in commerce', async ({
  page,
}) => {
  await page.goto('/en')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  const box = page.getByTestId('search-input').first()
  await box.fill('coffee')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/en\/search\?.*q=coffee/)
  const result = page
    .getByTestId('search-result')
    .filter({ has: page.locator('a[href^="/en/shop/"]') })
    .first()
  await expect(result).toBeVisible()
  await result.locator('a[href^="/en/shop/"]').first().click()

  await expect(page).toHaveURL(/\/en\/shop\/[^/?#]+/)
  const handle = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '')
  const { product } = await getJson(
    `${stack.commerce}/store/hoaban/products/${encodeURIComponent(handle)}`,
    z.object({
      product: z.object({
        title: z.object({ en: z.string() }),
        variants: z.array(z.object({ id: z.string(), price_vnd: z.number().int() })),
      }),
    }),
    { 'x-publishable-api-key': await publishableKey(tenantSlug) },
  )
  expect(product.title.en.toLowerCase()).toContain('coffee')
  await expect(page.getByTestId('product-title')).toHaveText(product.title.en)

  const form = page.getByTestId('add-to-cart-form')
  const chosenVariant =
    (await form.locator('[name="variantId"]').first().inputValue()) || product.variants[0]?.id
  const unitPrice = product.variants.find((variant) => variant.id === chosenVariant)?.price_vnd
  expect(unitPrice).toBeGreaterThan(0)
  await form.getByLabel(/quantity/i).fill('2')
  await page.getByTestId('add-to-cart').click()

  await expect(page).toHaveURL(/\/en\/cart/)
  await expect(page.getByTestId('cart-line')).toHaveCount(1)
  await expect(page.getByTestId('cart-line')).toContainText('2')
  await page.getByTestId('go-to-checkout').click()

  await expect(page).toHaveURL(/\/en\/checkout/)
  const checkout = page.getByTestId('checkout-form')
  await checkout.locator('#firstName').fill('Lan')
  await checkout.locator('#lastName').fill('Nguyễn')
  await checkout.locator('#email').fill(`e2e-${Date.now()}@hoaban.local`)
  await checkout.locator('#phone').fill('0912345678')
  await checkout.locator('#address').fill('Số 1 đường Võ Nguyên Giáp')
  await checkout.locator('#province').fill('Phường Điện Biên Phủ')
  const shippingChoice = checkout.locator('input[name="shippingOptionId"]:checked')
  await expect(shippingChoice).toHaveCount(1)
  const shippingLabel = await checkout
    .locator('label.radio', { has: page.locator('input[name="shippingOptionId"]:checked') })
    .innerText()
  const shippingVnd = vnd(shippingLabel.split('—').pop() ?? '')
  await page.getByTestId('pay-cod').check()
  await page.getByTestId('place-order').click()

  await expect(page.getByTestId('order-confirmation')).toBeVisible()
  await expect(page.getByTestId('order-number')).toHaveText(/#\d+/)
  const orderId = new URL(page.url()).pathname.split('/').pop() ?? ''
  const shownTotal = vnd(await page.getByTestId('order-total').innerText())
  expect(shownTotal).toBe(2 * (unitPrice ?? 0) + shippingVnd)

  const auth = await commerceAdminAuthorization()
  const { order } = await callJson(
    'GET',
    `${stack.commerce}/admin/orders/${orderId}?fields=id,currency_code,total,shipping_total,*items`,
    auth,
    z.object({
      order: z.object({
        id: z.string(),
        currency_code: z.string(),
        total: z.coerce.number(),
        shipping_total: z.coerce.number(),
        items: z.array(
          z.object({
            variant_id: z.string().nullish(),
            quantity: z.coerce.number(),
            unit_price: z.coerce.number(),
          }),
        ),
      }),
    }),
  )
  expect(order.currency_code).toBe('vnd')
  expect(order.items).toEqual([
    expect.objectContaining({ variant_id: chosenVariant, quantity: 2, unit_price: unitPrice }),
  ])
  expect(order.shipping_total).toBe(shippingVnd)
  expect(order.total).toBe(2 * (unitPrice ?? 0) + shippingVnd)
})
