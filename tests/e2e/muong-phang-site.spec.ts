import { expect, test } from '@playwright/test'
import { z } from 'zod'
import { cmsTenant, getJson, publishableKey, stack } from '../support/stack.ts'

const own = 'muong-phang'
const other = 'dien-bien-phu'
const port = new URL(stack.storefront).port
/** Chromium resolves *.localhost to the loopback address itself. */
const site = `http://${own}.localhost:${port}`

async function heritageSlugs(slug: string): Promise<Set<string>> {
  const tenant = await cmsTenant(slug)
  const { docs } = await getJson(
    `${stack.cms}/api/heritage-sites?where[tenant][equals]=${tenant.id}&locale=vi&limit=1000&depth=0`,
    z.object({ docs: z.array(z.object({ slug: z.string() })) }),
  )

  return new Set(docs.map((doc) => doc.slug))
}

/** Handles of the tenant's experiences (at most 100, more than either demo tenant has). */
async function productHandles(slug: string): Promise<Set<string>> {
  const { products } = await getJson(
    `${stack.commerce}/store/hoaban/products?limit=100&kind=experience`,
    z.object({ products: z.array(z.object({ handle: z.string() })) }),
    { 'x-publishable-api-key': await publishableKey(slug) },
  )

  return new Set(products.map((product) => product.handle))
}

/** The last path segment of every card link on the page (the slug or handle). */
async function cardSlugs(page: import('@playwright/test').Page, testId: string) {
  const hrefs = await page
    .getByTestId(testId)
    .locator('.card__title a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))

  return hrefs.map((href) => decodeURIComponent(href.split(/[?#]/)[0]?.split('/').pop() ?? ''))
}

test('the Mường Phăng site shows only its own heritage and experiences', async ({ page }) => {
  const [ownHeritage, otherHeritage, ownProducts, otherProducts] = await Promise.all([
    heritageSlugs(own),
    heritageSlugs(other),
    productHandles(own),
    productHandles(other),
  ])
  const otherOnlyHeritage = [...otherHeritage].filter((slug) => !ownHeritage.has(slug))
  const otherOnlyProducts = [...otherProducts].filter((handle) => !ownProducts.has(handle))
  // The ward has content the commune does not, so showing it would be caught.
  expect(otherOnlyHeritage.length).toBeGreaterThan(0)
  expect(otherOnlyProducts.length).toBeGreaterThan(0)
  expect(ownHeritage.size).toBeGreaterThan(0)
  expect(ownProducts.size).toBeGreaterThan(0)

  await page.goto(`${site}/heritage`)
  await expect(page.getByTestId('heritage-card').first()).toBeVisible()
  const shownHeritage = await cardSlugs(page, 'heritage-card')
  expect(shownHeritage.filter((slug) => !ownHeritage.has(slug))).toEqual([])
  expect(new Set(shownHeritage)).toEqual(ownHeritage)

  // The commune's shop sells experiences only (the seed gives it no goods).
  await page.goto(`${site}/experiences`)
  await expect(page.getByTestId('product-card').first()).toBeVisible()
  const shownProducts = await cardSlugs(page, 'product-card')
  expect(shownProducts.length).toBeGreaterThan(0)
  expect(shownProducts.filter((handle) => !ownProducts.has(handle))).toEqual([])

  for (const slug of otherOnlyHeritage.slice(0, 3)) {
    const response = await page.goto(`${site}/heritage/${slug}`)
    expect(response?.status(), slug).toBe(404)
  }
})
