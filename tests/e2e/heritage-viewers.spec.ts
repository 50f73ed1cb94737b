import { expect, type Locator, type Page, test } from '@playwright/test'
import { z } from 'zod'
import { cmsTenant, getJson, stack } from '../support/stack.ts'

const tenantSlug = 'dien-bien-phu'

const Heritage = z.object({
  slug: z.string(),
  panoramas: z.array(z.unknown()).nullish(),
  models: z.array(z.unknown()).nullish(),
})

/** The first published heritage page of the ward that has a viewer of this kind. */
async function heritageWith(field: 'panoramas' | 'models'): Promise<string> {
  const tenant = await cmsTenant(tenantSlug)
  const { docs } = await getJson(
    `${stack.cms}/api/heritage-sites?where[tenant][equals]=${tenant.id}&limit=100&depth=0&sort=slug`,
    z.object({ docs: z.array(Heritage) }),
  )
  const doc = docs.find((candidate) => (candidate[field] ?? []).length > 0)
  if (!doc) throw new Error(`no heritage site of ${tenantSlug} has ${field}`)

  return doc.slug
}

/**
 * Reads a WebGL canvas back (the viewers keep their drawing buffer) and measures it: the share
 * of pixels that differ from `background` by more than a few levels, and how many distinct
 * colours (4 bits a channel) it shows.
 */
function measureCanvas(canvas: Locator, background: [number, number, number]) {
  return canvas.evaluate((element, bg) => {
    const source = element as HTMLCanvasElement
    const copy = document.createElement('canvas')
    copy.width = source.width
    copy.height = source.height
    const context = copy.getContext('2d')
    if (!context || copy.width === 0 || copy.height === 0) return { painted: 0, colours: 0 }
    context.drawImage(source, 0, 0)
    const { data } = context.getImageData(0, 0, copy.width, copy.height)
    let painted = 0
    const colours = new Set<number>()
    for (let index = 0; index < data.length; index += 4) {
      const [r, g, b, a] = [data[index]!, data[index + 1]!, data[index + 2]!, data[index + 3]!]
      colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4))
      const far =
        a > 0 && Math.max(Math.abs(r - bg[0]), Math.abs(g - bg[1]), Math.abs(b - bg[2])) > 24
      if (far) painted += 1
    }

    return { painted: painted / (data.length / 4), colours: colours.size }
  }, background)
}

async function openHeritage(page: Page, slug: string) {
  const response = await page.goto(`/en/heritage/${slug}`)
  expect(response?.status()).toBe(200)
}

/** Waits until React has hydrated an element (its props are attached), so a click reaches it. */
async function hydrated(page: Page, testId: string) {
  await page.waitForFunction((id) => {
    const element = document.querySelector(`[data-testid="${id}"]`)

    return element !== null && Object.keys(element).some((key) => key.startsWith('__reactProps$'))
  }, testId)
}

test('the panorama renders and shows its hotspots', async ({ page }) => {
  await openHeritage(page, await heritageWith('panoramas'))
  const section = page.getByTestId('panorama-section')
  await hydrated(page, 'open-panorama')
  await section.getByTestId('open-panorama').click()
  const canvas = section.getByTestId('panorama-viewer').locator('canvas').first()
  await expect(canvas).toBeVisible()

  // Not blank: most of the view is painted (not the cleared black) with many colours.
  await expect
    .poll(async () => (await measureCanvas(canvas, [0, 0, 0])).painted, { timeout: 30_000 })
    .toBeGreaterThan(0.5)
  expect((await measureCanvas(canvas, [0, 0, 0])).colours).toBeGreaterThan(20)

  // Every hotspot is a labelled marker on the panorama and an entry of the hotspot list.
  const markers = section.getByTestId('pano-marker')
  await expect(markers.first()).toBeAttached()
  const labels = await markers.evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('aria-label') ?? ''),
  )
  expect(labels.every((label) => label.trim() !== '')).toBe(true)
  await section.locator('details.viewer__list summary').click()
  for (const label of labels) {
    await expect(
      section.locator('details.viewer__list').getByRole('button', { name: label }),
    ).toBeVisible()
  }

  // A hotspot that leads on (➜) opens the next panorama of the tour: the caption changes.
  const onward = markers.filter({ hasText: '➜' }).first()
  const onwardLabel = (await onward.getAttribute('aria-label')) ?? ''
  const caption = section.locator('.psv-caption-content')
  const before = (await caption.innerText()).trim()
  expect(before).not.toBe('')
  await section
    .locator('details.viewer__list')
    .getByRole('button', { name: onwardLabel, exact: true })
    .click()
  await expect(caption).not.toHaveText(before)
  await expect(caption).not.toHaveText('')
})

test('the 3D model renders and an annotation opens its label', async ({ page }) => {
  await openHeritage(page, await heritageWith('models'))
  await hydrated(page, 'open-model')
  await page.getByTestId('open-model').click()
  // The opened viewer replaces the poster's section.
  const viewer = page.getByTestId('model-viewer')
  await expect(viewer).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 })
  const canvas = viewer.locator('canvas').first()

  // The viewer clears to #f1ecef; the model covers part of it, the background the rest.
  const background: [number, number, number] = [0xf1, 0xec, 0xef]
  await expect
    .poll(async () => (await measureCanvas(canvas, background)).painted, { timeout: 30_000 })
    .toBeGreaterThan(0.02)
  expect((await measureCanvas(canvas, background)).painted).toBeLessThan(0.98)

  const pin = viewer.getByTestId('model-annotation').first()
  const label = (await pin.getAttribute('aria-label')) ?? ''
  expect(label.trim()).not.toBe('')
  await expect(pin).toHaveAttribute('aria-expanded', 'false')
  await pin.click()
  await expect(pin).toHaveAttribute('aria-expanded', 'true')
  await expect(viewer.getByRole('note').filter({ hasText: label })).toBeVisible()
})
