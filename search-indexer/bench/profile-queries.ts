// Prints the slowest queries of a kept benchmark database (BENCH_DATABASE_URL), with the
// planner's estimate and the true number of matches, to see where the time goes.
import { createPool } from '../src/db/pool.js'
import { PostgresEngine } from '../src/engines/postgres/postgres-engine.js'

const url = process.env.BENCH_DATABASE_URL
if (url === undefined) throw new Error('BENCH_DATABASE_URL is required')
const pool = createPool(url, 4)
const engine = new PostgresEngine(pool)
const titles = await pool.query<{ title: string }>(
  'SELECT title FROM search_documents ORDER BY random() LIMIT 200',
)
const runs: Array<{ q: string; ms: number; total: number; exhaustive: boolean; by: string }> = []
for (const { title } of titles.rows) {
  const words = title.split(' ')
  const q = words.slice(-2).join(' ')
  const started = performance.now()
  const result = await engine.search({
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
  runs.push({
    q,
    ms: performance.now() - started,
    total: result.total,
    exhaustive: result.exhaustive,
    by: result.matchedBy,
  })
}
runs.sort((a, b) => b.ms - a.ms)
console.table(runs.slice(0, 12))
await pool.end()
