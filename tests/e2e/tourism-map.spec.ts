import { type Page, expect, test } from '@playwright/test'

const layers = ['heritage', 'place', 'festival', 'cooperative', 'experience'] as const

/** The layer types the map's filter offers, read from the colour dot of each checkbox. */
async function filterLayers(page: Page): Promise<string[]> {
  const filters = page.locator('.map-explorer__filters')
  await expect(filters).toBeVisible()
  const found: string[] = []
  for (const layer of layers) {
    if ((await filters.locator(`.dot--${layer}`).count()) > 0) found.push(layer)
  }

  return found
}

test('the Điện Biên Phủ map shows more than heritage: anchored experiences and more', async ({
  page,
}) => {
  await page.goto('/en/map')

  const found = await filterLayers(page)
  expect(found).toContain('heritage')
  expect(found.filter((layer) => layer !== 'heritage').length).toBeGreaterThan(0)
  // An experience anchored at Hill A1 (data/map-anchors.json) is listed and links to its page.
  const experience = page.locator('.map-explorer__list a[href="/en/experiences/a1-soldier-life"]')
  await expect(experience).toHaveCount(1)
})

test('unticking a layer hides its points from the list', async ({ page }) => {
  await page.goto('/en/map')
  const [, other] = await filterLayers(page)
  expect(other).toBeDefined()
  const list = page.locator(`.map-explorer__list .dot--${other}`)
  expect(await list.count()).toBeGreaterThan(0)

  await page
    .locator('.map-explorer__filters label', { has: page.locator(`.dot--${other}`) })
    .click()

  await expect(list).toHaveCount(0)
})
