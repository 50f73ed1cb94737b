// Interleaved A/B of the exact-match limit on a kept benchmark database (BENCH_DATABASE_URL):
// the same queries, alternating between engines, so machine load hits both alike.
import { createPool } from '../src/db/pool.js'
import type { SearchQuery } from '../src/engines/engine.js'
import { PostgresEngine } from '../src/engines/postgres/postgres-engine.js'
import { fold } from '../src/text/fold.js'

const url = process.env.BENCH_DATABASE_URL
if (url === undefined) throw new Error('BENCH_DATABASE_URL is required')
const limits = (process.env.LIMITS ?? '1000,300').split(',').map(Number)
const pool = createPool(url, 4)
const engines = limits.map((limit) => new PostgresEngine(pool, { exactMatchLimit: limit }))
const titles = await pool.query<{ title: string }>(
  'SELECT title FROM search_documents ORDER BY random() LIMIT 150',
)
const queries = [
  ...titles.rows.map(({ title }) => fold(title.split(' ').slice(-2).join(' '))),
  ...['di', 'tich', 'doi', 'ngon', 'cua'].flatMap((word) => [word, word, word]),
]
const query = (q: string): SearchQuery => ({
  tenant: 'bench',
  locale: 'vi',
  q,
  types: [],
  stars: [],
  productGroups: [],
  communes: [],
  near: null,
  page: 1,
  hitsPerPage: 20,
})
const times = engines.map(() => [] as number[])
for (const q of queries) {
  for (const [index, engine] of engines.entries()) {
    const started = performance.now()
    await engine.search(query(q))
    times[index]?.push(performance.now() - started)
  }
}
const pct = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1] ?? 0
for (const [index, limit] of limits.entries()) {
  const values = times[index] ?? []
  console.log(
    `exactMatchLimit ${limit}: p50 ${pct(values, 50).toFixed(2)} ms, p95 ${pct(values, 95).toFixed(2)} ms`,
  )
}
await pool.end()
