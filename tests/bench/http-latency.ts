// Server response times of the running stack at a fixed concurrency, beside each service's own
// health check measured in the same run as the baseline. Prints p50/p95/p99, requests/s and
// errors per endpoint. Usage: npm run bench -w tests  (the stack must be running: npm start)
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { cmsTenant, getJson, publishableKey, stack } from '../support/stack.ts'

const { values } = parseArgs({
  options: {
    concurrency: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '5' },
  },
})
const concurrency = Number(values.concurrency)
const seconds = Number(values.seconds)

interface Target {
  name: string
  url: string
  headers?: Record<string, string>
  baseline?: string
}

interface Figures {
  p50: number
  p95: number
  p99: number
  rps: number
  errors: number
  requests: number
}

function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)

  return sorted[Math.max(0, index)] ?? Number.NaN
}

async function measure(target: Target): Promise<Figures> {
  const latencies: number[] = []
  let errors = 0
  const until = performance.now() + seconds * 1000
  const worker = async () => {
    while (performance.now() < until) {
      const started = performance.now()
      try {
        const response = await fetch(target.url, { headers: target.headers })
        await response.arrayBuffer()
        if (!response.ok) errors += 1
      } catch {
        errors += 1
      }
      latencies.push(performance.now() - started)
    }
  }
  // One warm-up pass so first-request compilation and caches do not count.
  await fetch(target.url, { headers: target.headers }).then((r) => r.arrayBuffer())
  await Promise.all(Array.from({ length: concurrency }, worker))
  latencies.sort((a, b) => a - b)

  return {
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    rps: latencies.length / seconds,
    errors,
    requests: latencies.length,
  }
}

async function targets(): Promise<Target[]> {
  const tenant = await cmsTenant('dien-bien-phu')
  const key = await publishableKey('dien-bien-phu')
  const keyed = { 'x-publishable-api-key': key }
  const { docs } = await getJson(
    `${stack.cms}/api/heritage-sites?where[tenant][equals]=${tenant.id}&limit=1&depth=0`,
    z.object({
      docs: z.array(z.object({ id: z.union([z.string(), z.number()]), slug: z.string() })),
    }),
  )
  const { products } = await getJson(
    `${stack.commerce}/store/hoaban/products?limit=1&kind=product`,
    z.object({ products: z.array(z.object({ handle: z.string() })) }),
    keyed,
  )
  const heritage = docs[0]
  const product = products[0]
  if (!heritage || !product) throw new Error('seed data missing: run npm start first')

  return [
    { name: 'cms health (baseline)', url: `${stack.cms}/api/health` },
    {
      name: 'cms heritage site, depth 1',
      url: `${stack.cms}/api/heritage-sites/${heritage.id}?depth=1`,
      baseline: 'cms health (baseline)',
    },
    {
      name: 'cms list of 100',
      url: `${stack.cms}/api/heritage-sites?limit=100&depth=0`,
      baseline: 'cms health (baseline)',
    },
    { name: 'commerce health (baseline)', url: `${stack.commerce}/health` },
    {
      name: 'commerce product list with prices',
      url: `${stack.commerce}/store/hoaban/products?limit=20`,
      headers: keyed,
      baseline: 'commerce health (baseline)',
    },
    { name: 'search health (baseline)', url: `${stack.search}/health` },
    {
      name: 'search "ca phe"',
      url: `${stack.search}/search?tenant=dien-bien-phu&locale=vi&q=ca%20phe`,
      baseline: 'search health (baseline)',
    },
    { name: 'storefront health (baseline)', url: `${stack.storefront}/api/health` },
    {
      name: 'storefront home',
      url: `${stack.storefront}/`,
      baseline: 'storefront health (baseline)',
    },
    {
      name: 'storefront product page',
      url: `${stack.storefront}/shop/${product.handle}`,
      baseline: 'storefront health (baseline)',
    },
  ]
}

const results = new Map<string, Figures>()
console.log(`concurrency ${concurrency}, ${seconds} s per endpoint`)
console.log(
  'endpoint'.padEnd(36),
  'p50 ms',
  ' p95 ms',
  ' p99 ms',
  '  req/s',
  'errors',
  'p95/baseline',
)
for (const target of await targets()) {
  const figures = await measure(target)
  results.set(target.name, figures)
  const base = target.baseline ? results.get(target.baseline) : undefined
  const ratio = base ? (figures.p95 / base.p95).toFixed(1) : ''
  console.log(
    target.name.padEnd(36),
    figures.p50.toFixed(1).padStart(6),
    figures.p95.toFixed(1).padStart(7),
    figures.p99.toFixed(1).padStart(7),
    figures.rps.toFixed(0).padStart(7),
    String(figures.errors).padStart(6),
    ratio.padStart(12),
  )
}
