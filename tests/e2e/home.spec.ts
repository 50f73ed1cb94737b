import { expect, test } from '@playwright/test'
import { z } from 'zod'
import { cmsTenant, getJson, publishableKey, stack } from '../support/stack.ts'

const tenantSlug = 'dien-bien-phu'

test('the home page shows heritage from the CMS and priced products from commerce', async ({
  page,
}) => {
  const tenant = await cmsTenant(tenantSlug)
  const { docs } = await getJson(
    `${stack.cms}/api/heritage-sites?where[tenant][equals]=${tenant.id}&locale=vi&limit=100&depth=0`,
    z.object({ docs: z.array(z.object({ title: z.string() })) }),
  )
  const { products } = await getJson(
    `${stack.commerce}/store/hoaban/products?limit=100`,
    z.object({ products: z.array(z.object({ title: z.object({ vi: z.string() }) })) }),
    { 'x-publishable-api-key': await publishableKey(tenantSlug) },
  )
  expect(docs.length).toBeGreaterThan(0)
  expect(products.length).toBeGreaterThan(0)

  await page.goto('/')

  const content = page.getByTestId('cms-content')
  const contentText = await content.innerText()
  expect(docs.some((doc) => contentText.includes(doc.title))).toBe(true)

  const shop = page.getByTestId('commerce-products')
  const shopText = await shop.innerText()
  expect(products.some((product) => shopText.includes(product.title.vi))).toBe(true)
  // vi-VN money: dots between thousands, the đồng sign after the amount.
  expect(shopText).toMatch(/\d{1,3}(\.\d{3})+\s₫/)
})

test('the English home page is in English', async ({ page }) => {
  await page.goto('/en')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByTestId('commerce-products')).toBeVisible()
})
