import type { Pool } from '../../db/pool.js'
import type { DocumentType, SearchDocument } from '../../documents/search-document.js'
import { highlight } from '../../text/highlight.js'
import type { FacetCounts, SearchHit, SearchQuery, SearchResult } from '../engine.js'
import { buildTextQuery, type TextQuery } from './build-text-query.js'

type Row = {
  id: string
  type: DocumentType
  title: string
  summary: string
  body: string
  url: string
  image: string | null
  lat: number | null
  lng: number | null
  price: string | null
  stars: number | null
  product_group: string | null
  commune: string | null
  dates: SearchDocument['dates'] | null
  updated_at: Date
  distance: number | null
}

type FacetRow = {
  type: string | null
  stars: number | null
  product_group: string | null
  commune: string | null
  g: number
  n: string
}

type Match = { condition: string; rank: string; params: unknown[] }

const distanceSql = (lat: string, lng: string) =>
  `CASE WHEN d.lat IS NULL OR d.lng IS NULL THEN NULL ELSE 2 * 6371000 * asin(sqrt(
     power(sin(radians(d.lat - ${lat}) / 2), 2) +
     cos(radians(${lat})) * cos(radians(d.lat)) * power(sin(radians(d.lng - ${lng}) / 2), 2))) END`

/** Runs one match strategy: the page of hits and the facet counts, in parallel. */
async function runMatch(pool: Pool, query: SearchQuery, match: Match | null) {
  const params: unknown[] = [query.tenant, query.locale]
  const where = ['d.tenant = $1', 'd.locale = $2']
  const add = (value: unknown) => {
    params.push(value)

    return `$${params.length}`
  }
  if (query.types.length > 0) where.push(`d.type = ANY(${add(query.types)}::text[])`)
  if (query.stars.length > 0) where.push(`d.stars = ANY(${add(query.stars)}::smallint[])`)
  if (query.productGroups.length > 0) {
    where.push(`d.product_group = ANY(${add(query.productGroups)}::text[])`)
  }
  if (query.communes.length > 0) where.push(`d.commune = ANY(${add(query.communes)}::text[])`)
  let rank = 'NULL::real'
  if (match !== null) {
    const offset = params.length
    params.push(...match.params)
    const shift = (sql: string) =>
      sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)
    where.push(shift(match.condition))
    rank = shift(match.rank)
  }
  const filterParams = [...params]
  let distance = 'NULL::float8'
  if (query.near !== null) {
    distance = distanceSql(add(query.near.lat) + '::float8', add(query.near.lng) + '::float8')
  }
  const order =
    query.near !== null
      ? 'distance ASC NULLS LAST, rank DESC NULLS LAST, d.id'
      : 'rank DESC NULLS LAST, d.updated_at DESC, d.id'
  const limit = add(query.hitsPerPage)
  const offsetParam = add((query.page - 1) * query.hitsPerPage)
  const whereSql = where.join(' AND ')

  const hitsSql = `SELECT d.id, d.type, d.title, d.summary, left(d.body, 2000) AS body, d.url,
      d.image, d.lat, d.lng, d.price, d.stars, d.product_group, d.commune, d.dates, d.updated_at,
      ${rank} AS rank, ${distance} AS distance
    FROM search_documents d WHERE ${whereSql}
    ORDER BY ${order} LIMIT ${limit} OFFSET ${offsetParam}`
  const facetsSql = `SELECT d.type, d.stars, d.product_group, d.commune,
      GROUPING(d.type, d.stars, d.product_group, d.commune) AS g, count(*) AS n
    FROM search_documents d WHERE ${whereSql}
    GROUP BY GROUPING SETS ((d.type), (d.stars), (d.product_group), (d.commune), ())`

  const [hits, facets] = await Promise.all([
    pool.query<Row>(hitsSql, params),
    pool.query<FacetRow>(facetsSql, filterParams),
  ])

  return { rows: hits.rows, facetRows: facets.rows }
}

function facetsOf(rows: FacetRow[]) {
  const facets: SearchResult['facets'] = { type: {}, stars: {}, productGroup: {}, commune: {} }
  let total = 0
  const put = (target: FacetCounts, key: string | number | null, n: number) => {
    if (key !== null) target[String(key)] = n
  }
  for (const row of rows) {
    const n = Number(row.n)
    // GROUPING() has one bit per argument, the first argument the highest: 0b0111 = by type.
    if (row.g === 0b0111) put(facets.type, row.type, n)
    else if (row.g === 0b1011) put(facets.stars, row.stars, n)
    else if (row.g === 0b1101) put(facets.productGroup, row.product_group, n)
    else if (row.g === 0b1110) put(facets.commune, row.commune, n)
    else if (row.g === 0b1111) total = n
  }

  return { facets, total }
}

function toHit(row: Row, highlightWords: string[]): SearchHit {
  const highlights: SearchHit['highlights'] = {}
  const title = highlight(row.title, highlightWords)
  if (title !== null) highlights.title = title
  const summary = highlight(row.summary, highlightWords)
  if (summary !== null) highlights.summary = summary
  if (title === null && summary === null) {
    const text = highlight(row.body, highlightWords, 160)
    if (text !== null) highlights.text = text
  }

  return {
    id: row.id,
    type: row.type,
    title: row.title,
    summary: row.summary,
    url: row.url,
    image: row.image,
    price: row.price === null ? null : Number(row.price),
    stars: row.stars,
    productGroup: row.product_group,
    commune: row.commune,
    _geo: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    dates: row.dates ?? [],
    updatedAt: row.updated_at.toISOString(),
    distanceMeters: row.distance === null ? null : Math.round(row.distance),
    highlights,
  }
}

function fullText(text: TextQuery): Match {
  return {
    condition: `d.tsv @@ to_tsquery('simple', $1)`,
    rank: `ts_rank(d.tsv, to_tsquery('simple', $1))`,
    params: [text.tsquery],
  }
}

/** Corrections within one edit for words of five letters or more, from the vocabulary. */
async function typoAlternatives(pool: Pool, queryWords: string[]) {
  const alternatives = new Map<string, string[]>()
  const long = queryWords.filter((word) => word.length >= 5)
  if (long.length === 0) return alternatives
  const result = await pool.query<{ query: string; word: string }>(
    `SELECT q.query, t.word FROM unnest($1::text[]) AS q(query)
     CROSS JOIN LATERAL (
       SELECT word FROM search_terms
       WHERE word % q.query AND word <> q.query AND levenshtein(word, q.query) <= 1
       ORDER BY similarity(word, q.query) DESC LIMIT 8
     ) t`,
    [long],
  )
  for (const row of result.rows) {
    alternatives.set(row.query, [...(alternatives.get(row.query) ?? []), row.word])
  }

  return alternatives
}

/**
 * Searches the PostgreSQL index: every folded word (the last as a prefix); when nothing
 * matches, each word of five letters or more may differ by one edit; when still nothing, the
 * titles most similar to the query by trigrams (which also catches short misspelt words).
 */
export async function searchDocuments(pool: Pool, query: SearchQuery): Promise<SearchResult> {
  const started = performance.now()
  const text = buildTextQuery(query.q)
  let matchedBy: SearchResult['matchedBy'] = 'all'
  let highlightWords = text.words
  let outcome = await runMatch(pool, query, text.tsquery === null ? null : fullText(text))
  let counted = facetsOf(outcome.facetRows)

  if (counted.total === 0 && text.tsquery !== null) {
    const alternatives = await typoAlternatives(pool, text.words)
    if (alternatives.size > 0) {
      const corrected = buildTextQuery(query.q, alternatives)
      outcome = await runMatch(pool, query, fullText(corrected))
      counted = facetsOf(outcome.facetRows)
      matchedBy = 'typo'
      highlightWords = [...text.words, ...[...alternatives.values()].flat()]
    }
  }
  if (counted.total === 0 && text.tsquery !== null) {
    const folded = text.words.join(' ')
    outcome = await runMatch(pool, query, {
      condition: `$1 <% d.title_folded`,
      rank: `word_similarity($1, d.title_folded)`,
      params: [folded],
    })
    counted = facetsOf(outcome.facetRows)
    matchedBy = 'similarity'
    // Misspelt words still highlight by their first letters.
    highlightWords = text.words.map((word) => (word.length > 3 ? word.slice(0, -1) : word))
  }

  return {
    hits: outcome.rows.map((row) => toHit(row, highlightWords)),
    total: counted.total,
    page: query.page,
    hitsPerPage: query.hitsPerPage,
    facets: counted.facets,
    matchedBy,
    took: Math.round((performance.now() - started) * 10) / 10,
  }
}
