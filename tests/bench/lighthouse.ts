// Runs Lighthouse (mobile settings, Debian's chromium) on the storefront's home, a product and a
// heritage page, and prints the four category scores with LCP and CLS for each.
// Usage: npm run lighthouse -w tests   (the stack must be running: npm start)
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { z } from 'zod'
import { chromiumArgs } from '../playwright.config.ts'
import { cmsTenant, getJson, publishableKey, stack } from '../support/stack.ts'

const tenant = process.env.LIGHTHOUSE_TENANT ?? 'dien-bien-phu'

async function pagesToAudit(): Promise<Array<{ name: string; url: string }>> {
  const key = await publishableKey(tenant)
  const { products } = await getJson(
    `${stack.commerce}/store/hoaban/products?limit=1&kind=product`,
    z.object({ products: z.array(z.object({ handle: z.string() })) }),
    { 'x-publishable-api-key': key },
  )
  const { id } = await cmsTenant(tenant)
  const { docs } = await getJson(
    `${stack.cms}/api/heritage-sites?where[tenant][equals]=${id}&limit=1&depth=0`,
    z.object({ docs: z.array(z.object({ slug: z.string() })) }),
  )
  const product = products[0]
  const heritage = docs[0]
  if (!product || !heritage) throw new Error('no product or heritage site to audit: seed first')

  return [
    { name: 'home', url: `${stack.storefront}/` },
    { name: 'product', url: `${stack.storefront}/shop/${product.handle}` },
    { name: 'heritage', url: `${stack.storefront}/heritage/${heritage.slug}` },
  ]
}

const chrome = await launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: chromiumArgs,
})
try {
  const rows: string[] = []
  for (const page of await pagesToAudit()) {
    const result = await lighthouse(page.url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`)
    const { categories, audits } = result.lhr
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
    rows.push(
      [
        page.name.padEnd(9),
        `performance ${score('performance')}`,
        `accessibility ${score('accessibility')}`,
        `best-practices ${score('best-practices')}`,
        `seo ${score('seo')}`,
        `LCP ${audits['largest-contentful-paint']?.displayValue ?? '?'}`,
        `CLS ${audits['cumulative-layout-shift']?.displayValue ?? '?'}`,
        page.url,
      ].join('  '),
    )
  }
  console.log(rows.join('\n'))
} finally {
  await chrome.kill()
}
