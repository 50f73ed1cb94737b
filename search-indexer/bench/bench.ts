// Benchmark of the embedded PostgreSQL engine (a script, not a test): query latency at 10k and
// 100k synthetic documents beside a plain ILIKE scan of the same rows, common-word and typo
// queries, the cost of diacritic folding, and full-reindex throughput. Prints figures only.
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { createPool } from '../src/db/pool.js'
import type { SearchDocument } from '../src/documents/search-document.js'
import type { SearchQuery } from '../src/engines/engine.js'
import { PostgresEngine } from '../src/engines/postgres/postgres-engine.js'
import { fold } from '../src/text/fold.js'
import { createTestDatabase } from '../src/test-support/test-database.js'

const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number)
const dataDir = new URL('../../data/', import.meta.url)

// A seeded generator, so two runs index the same documents.
let seed = 42
const random = () => {
  seed = (seed * 1664525 + 1013904223) % 4294967296

  return seed / 4294967296
}

type Item = { name_vi?: string; description_vi?: string; key_facts?: string[]; notes?: string }
const corpus: string[] = []
for (const file of ['heritage', 'festivals', 'ocop-products', 'experiences', 'cooperatives']) {
  const items = (
    JSON.parse(readFileSync(new URL(`${file}.json`, dataDir), 'utf8')) as { items: Item[] }
  ).items
  for (const item of items) {
    corpus.push(item.name_vi ?? '', item.description_vi ?? '', ...(item.key_facts ?? []))
  }
}
const vocabulary = [...new Set(corpus.join(' ').match(/[\p{L}]{2,}/gu) ?? [])].map((word) =>
  word.toLowerCase(),
)
// Word frequencies follow Zipf's law, as in real text: a few words are everywhere.
const weights = vocabulary.map((_, rank) => 1 / (rank + 1))
const cumulative: number[] = []
weights.reduce((sum, weight, index) => (cumulative[index] = sum + weight), 0)
const totalWeight = cumulative[cumulative.length - 1] ?? 1
const pickWord = () => {
  const target = random() * totalWeight
  let low = 0
  let high = cumulative.length - 1
  while (low < high) {
    const mid = (low + high) >> 1
    if ((cumulative[mid] ?? 0) < target) low = mid + 1
    else high = mid
  }

  return vocabulary[low] ?? 'hoa'
}
const sentence = (count: number) => Array.from({ length: count }, pickWord).join(' ')
const names = corpus.filter((line) => line.length > 0 && line.length < 60)

// Every document has its own name of two or three syllables (villages, producers and sites
// of a province have distinct names), after a real name prefix from the reference data.
const syllables = vocabulary.filter((word) => word.length >= 2)
const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)
const ownName = () =>
  Array.from({ length: 2 + Math.floor(random() * 2) }, () =>
    capital(syllables[Math.floor(random() * syllables.length)] ?? 'ban'),
  ).join(' ')
const docNames: string[] = []

function syntheticDocuments(count: number): SearchDocument[] {
  const types = ['heritage', 'festival', 'place', 'product', 'experience', 'cooperative'] as const
  const groups = ['food', 'beverage', 'herbal', 'craft', 'tourism']
  const communes = ['Điện Biên Phủ', 'Mường Phăng', 'Mường Ảng', 'Tủa Chùa', 'Mường Lay']
  docNames.length = 0

  return Array.from({ length: count }, (_, index) => {
    const type = types[index % types.length] ?? 'place'
    const prefix = (names[Math.floor(random() * names.length)] ?? 'Điện Biên')
      .split(' ')
      .slice(0, 3)
      .join(' ')
    const name = ownName()
    docNames.push(name)
    const product = type === 'product'

    return {
      id: `${type}:${index}`,
      tenant: 'bench',
      locale: 'vi',
      type,
      source: product ? 'commerce' : 'cms',
      title: `${prefix} ${name}`,
      summary: sentence(18),
      text: sentence(90),
      tags: [pickWord(), pickWord()],
      url: `/vi/${type}/${index}`,
      image: null,
      _geo: { lat: 21 + random(), lng: 102.5 + random() },
      price: product ? 50_000 + Math.floor(random() * 500) * 1000 : null,
      stars: product ? 3 + Math.floor(random() * 3) : null,
      productGroup: product ? (groups[index % groups.length] ?? null) : null,
      commune: communes[index % communes.length] ?? null,
      dates: [],
      updatedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
    }
  })
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)

  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

async function time(run: () => Promise<unknown>, times: number[]) {
  const started = performance.now()
  await run()
  times.push(performance.now() - started)
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`
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

// Typical queries, typed without accents as tourists do: 70% the name of one document, 30%
// two words of a real name from the reference data (which many documents share).
type Typical = { accented: string; plain: string }
const typicalQueries = (): Typical[] =>
  Array.from({ length: 300 }, (_, index) => {
    let phrase: string
    if (index % 10 < 7) {
      phrase = docNames[Math.floor(random() * docNames.length)] ?? 'Hoa Ban'
    } else {
      const words =
        (names[Math.floor(random() * names.length)] ?? 'Hoa Ban').match(/[\p{L}]{2,}/gu) ?? []
      const start = Math.floor(random() * Math.max(1, words.length - 1))
      phrase = words.slice(start, start + 2).join(' ')
    }

    return { accented: phrase.toLowerCase(), plain: fold(phrase) }
  })
const common = vocabulary.slice(0, 10).map((word) => fold(word))
// One edit inside a word of five letters or more that exists nowhere as typed.
const typos = vocabulary
  .filter((word) => fold(word).length >= 6 && /^[a-z]+$/.test(fold(word)))
  .slice(0, 60)
  .map((word) => {
    const plain = fold(word)

    return `${plain.slice(0, 3)}${plain.slice(4)}`
  })

// BENCH_KEEP_DATABASE=1 leaves the database behind for EXPLAIN sessions (its name is printed).
const database = await createTestDatabase('hoaban_search_bench')
if (process.env.BENCH_KEEP_DATABASE === '1') console.log(`database: ${database.url}`)
const pool = createPool(database.url, 4)
const engine = new PostgresEngine(pool)
try {
  await engine.migrate()
  console.log(
    `Hoa Ban search benchmark: PostgreSQL engine, ${vocabulary.length}-word vocabulary, Zipf word frequencies`,
  )
  console.log(
    'All documents in one tenant and locale (the worst case: no scope narrows the rows).\n',
  )

  for (const size of sizes) {
    seed = 42
    const docs = syntheticDocuments(size)
    const build = await engine.beginBuild()
    const started = performance.now()
    for (let offset = 0; offset < docs.length; offset += 1000)
      await build.add(docs.slice(offset, offset + 1000))
    await build.commit()
    const seconds = (performance.now() - started) / 1000
    await pool.query('VACUUM ANALYZE search_documents')
    await pool.query('VACUUM ANALYZE search_terms')
    const load = loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')
    console.log(
      `== ${size.toLocaleString('en')} documents (load average ${load} on ${cpus().length} cores)`,
    )
    console.log(
      `full reindex (new table, indexes, swap): ${seconds.toFixed(1)} s = ${Math.round(size / seconds)} documents/s`,
    )

    const typical = typicalQueries()
    for (const item of typical.slice(0, 20)) await engine.search(query(item.plain))
    const engineTimes: number[] = []
    let matched = 0
    for (const item of typical) {
      await time(async () => {
        const result = await engine.search(query(item.plain))
        if (result.total > 0) matched += 1
      }, engineTimes)
    }
    const ilikeTimes: number[] = []
    const ilikeRuns = size >= 100_000 ? 40 : 100
    for (const item of typical.slice(0, ilikeRuns)) {
      const pattern = `%${item.accented}%`
      await time(
        () =>
          pool.query(
            `SELECT id, title, count(*) OVER () AS total FROM search_documents
             WHERE tenant = 'bench' AND locale = 'vi'
               AND (title ILIKE $1 OR summary ILIKE $1 OR body ILIKE $1)
             ORDER BY updated_at DESC LIMIT 20`,
            [pattern],
          ),
        ilikeTimes,
      )
    }
    const commonTimes: number[] = []
    for (let round = 0; round < 5; round += 1) {
      for (const word of common) await time(() => engine.search(query(word)), commonTimes)
    }
    const typoTimes: number[] = []
    let fallbacks = 0
    for (const word of typos) {
      await time(async () => {
        const result = await engine.search(query(word))
        if (result.matchedBy !== 'all') fallbacks += 1
      }, typoTimes)
    }

    const p95 = percentile(engineTimes, 95)
    const ilikeP95 = percentile(ilikeTimes, 95)
    console.log(
      `typical queries (${typical.length}, ${matched} with hits, full response with facets and highlights): p50 ${fmt(percentile(engineTimes, 50))}, p95 ${fmt(p95)}`,
    )
    console.log(
      `ILIKE scan of the same rows (${ilikeTimes.length} queries): p50 ${fmt(percentile(ilikeTimes, 50))}, p95 ${fmt(ilikeP95)}`,
    )
    console.log(
      `ratio ILIKE / engine at p95: ${(ilikeP95 / p95).toFixed(1)}x; at p50: ${(percentile(ilikeTimes, 50) / percentile(engineTimes, 50)).toFixed(1)}x`,
    )
    console.log(
      `common words (${common.slice(0, 5).join(', ')}…, ${commonTimes.length} queries): p50 ${fmt(percentile(commonTimes, 50))}, p95 ${fmt(percentile(commonTimes, 95))}`,
    )
    console.log(
      `typo fallback (${typoTimes.length} queries, ${fallbacks} answered by correction or similarity): p50 ${fmt(percentile(typoTimes, 50))}, p95 ${fmt(percentile(typoTimes, 95))}`,
    )

    // Folding overhead: two copies of the rows with the same layout, one with folded vectors
    // (what the engine stores), one with the text as written; same queries, same SQL.
    const copy = async (table: string, fn: string) => {
      await pool.query(`DROP TABLE IF EXISTS ${table}`)
      const begun = performance.now()
      await pool.query(
        `CREATE TABLE ${table} WITH (toast_tuple_target = 256) AS
         SELECT id, tenant, locale, updated_at, type, stars, product_group, commune, title,
           summary, body,
           setweight(to_tsvector('simple', ${fn}(title)), 'A') ||
           setweight(to_tsvector('simple', ${fn}(summary || ' ' || tags_text)), 'B') ||
           setweight(to_tsvector('simple', ${fn}(body)), 'C') AS tsv,
           setweight(to_tsvector('simple', ${fn}(title)), 'A') AS rank_tsv
         FROM search_documents`,
      )
      const seconds = (performance.now() - begun) / 1000
      await pool.query(`CREATE INDEX ON ${table} USING gin (tsv)`)
      await pool.query(`VACUUM ANALYZE ${table}`)

      return seconds
    }
    const foldedBuild = await copy('bench_folded', 'hoaban_fold')
    const unfoldedBuild = await copy('bench_unfolded', 'lower')
    // The engine's query shape: at most 500 matches ranked on the title vector, top 20 kept.
    const shape = (table: string) =>
      `SELECT id, rank FROM (
         SELECT id, ts_rank(rank_tsv, to_tsquery('simple', $1)) AS rank FROM ${table}
         WHERE tenant = 'bench' AND locale = 'vi' AND tsv @@ to_tsquery('simple', $1) LIMIT 500
       ) s ORDER BY rank DESC LIMIT 20`
    const tsq = (text: string) =>
      (text.match(/[\p{L}]+/gu) ?? [])
        .map(
          (word, index, all) =>
            `'${word}'${index === all.length - 1 && word.length >= 3 ? ':*' : ''}`,
        )
        .join(' & ')
    const compare = async (pairs: Array<{ folded: string; unfolded: string }>) => {
      const folded: number[] = []
      const unfolded: number[] = []
      for (let round = 0; round < 3; round += 1) {
        for (const pair of pairs) {
          await time(() => pool.query(shape('bench_folded'), [tsq(pair.folded)]), folded)
          await time(() => pool.query(shape('bench_unfolded'), [tsq(pair.unfolded)]), unfolded)
        }
      }
      const p95 = [percentile(folded, 95), percentile(unfolded, 95)] as const

      return `folded p95 ${fmt(p95[0])} vs as written ${fmt(p95[1])}: ${(((p95[0] - p95[1]) / p95[1]) * 100).toFixed(1)}%`
    }
    // Mechanical cost: words without diacritics are the same lexemes in both copies.
    const plainWords = typical
      .filter((item) => item.plain === item.accented && tsq(item.plain) !== '')
      .slice(0, 100)
      .map((item) => ({ folded: item.plain, unfolded: item.accented }))
    // Whole cost: accent-free input on the folded copy against correctly accented input on the
    // copy as written; the folded copy matches more (dì, dị and đi all become di).
    const accented = typical
      .filter((item) => tsq(item.plain) !== '')
      .slice(0, 100)
      .map((item) => ({ folded: item.plain, unfolded: item.accented }))
    console.log(
      `diacritic folding, same words (${plainWords.length} queries): ${await compare(plainWords)}`,
    )
    console.log(
      `diacritic folding, accent-free vs accented input (${accented.length} queries): ${await compare(accented)}`,
    )
    console.log(
      `diacritic folding at indexing (tsvectors of all rows): ${foldedBuild.toFixed(2)} s folded vs ${unfoldedBuild.toFixed(2)} s unfolded: ${(((foldedBuild - unfoldedBuild) / unfoldedBuild) * 100).toFixed(1)}%`,
    )
    if (process.env.BENCH_KEEP_DATABASE !== '1')
      await pool.query('DROP TABLE bench_folded, bench_unfolded')
    console.log('')
  }
} finally {
  await pool.end()
  if (process.env.BENCH_KEEP_DATABASE !== '1') await database.drop()
}
