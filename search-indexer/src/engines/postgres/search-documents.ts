import type { Pool } from '../../db/pool.js'
import type { DocumentType, SearchDocument } from '../../documents/search-document.js'
import { highlight, highlightTerms, type HighlightTerm } from '../../text/highlight.js'
import type { FacetCounts, SearchHit, SearchQuery, SearchResult } from '../engine.js'
import { buildTextQuery, minPrefixLength, type TextQuery } from './build-text-query.js'

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
  price: string | number | null
  stars: number | null
  product_group: string | null
  commune: string | null
  dates: SearchDocument['dates'] | null
  updated_at: Date | string
  distance: number | null
}

type FacetRow = {
  type: string | null
  stars: number | null
  product_group: string | null
  commune: string | null
  g: number
  n: string | number
}

/**
 * A text match: `$Q` in the SQL stands for `queryParam`, `$R` for `rankParam`. `fullText`
 * matches can be estimated by the planner (the tsvector statistics); similarity ones cannot.
 */
type Match = {
  condition: string
  queryParam: unknown
  rank: string
  rankParam?: unknown
  fullText: boolean
}

const distanceSql = (lat: string, lng: string) =>
  `CASE WHEN d.lat IS NULL OR d.lng IS NULL THEN NULL ELSE 2 * 6371000 * asin(sqrt(
     power(sin(radians(d.lat - ${lat}) / 2), 2) +
     cos(radians(${lat})) * cos(radians(d.lat)) * power(sin(radians(d.lng - ${lng}) / 2), 2))) END`

/** When a query counts as broad (see {@link runMatch}). */
export type BroadQueryLimits = {
  /** Above this many matches, ranking, counts and facets use the first matches found. */
  exactMatchLimit: number
}

export const defaultBroadQueryLimits: BroadQueryLimits = { exactMatchLimit: 300 }

type MatchOutcome = {
  rows: Row[]
  facetRows: FacetRow[]
  scale: number | null
  exhaustive: boolean
}

/**
 * Runs one match strategy in one statement: the matches are collected once (narrow columns,
 * ranked on the small title vector), counted by facet, and only the page's rows are joined
 * back for their long text. A selective query ranks and counts every match. A broad one (a
 * common word: more than `exactMatchLimit` matches) ranks and counts the first matches found
 * and scales the counts to the planner's estimate, as ranking and counting half the index
 * would cost more than the whole query budget.
 */
async function runMatch(
  pool: Pool,
  query: SearchQuery,
  match: Match | null,
  { exactMatchLimit }: BroadQueryLimits,
): Promise<MatchOutcome> {
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
  let queryRef = ''
  if (match !== null) {
    queryRef = add(match.queryParam)
    where.push(match.condition.replaceAll('$Q', queryRef))
  }
  const whereSql = where.join(' AND ')
  // Distance sorting needs every match; text queries stop one past the exact limit.
  const cap = match !== null && query.near === null ? exactMatchLimit + 1 : null
  let estimateSql = ''
  if (cap !== null && match?.fullText === true) {
    const filter = (values: unknown[], type: string) =>
      values.length === 0 ? `NULL::${type}` : `${add(values)}::${type}`
    estimateSql = `UNION ALL
    SELECT 'estimate', to_jsonb(e) FROM (
      SELECT hoaban_estimate_matches($1, $2, ${queryRef}, ${filter(query.types, 'text[]')},
        ${filter(query.stars, 'smallint[]')}, ${filter(query.productGroups, 'text[]')},
        ${filter(query.communes, 'text[]')}) AS rows
      WHERE (SELECT count(*) FROM m) >= ${cap}
    ) e`
  }
  let rank = 'NULL::real'
  if (match !== null) {
    const rankRef = match.rankParam === undefined ? '' : add(match.rankParam)
    rank = match.rank.replaceAll('$Q', queryRef).replaceAll('$R', rankRef)
  }
  let distance = 'NULL::float8'
  if (query.near !== null) {
    distance = distanceSql(add(query.near.lat) + '::float8', add(query.near.lng) + '::float8')
  }
  const order =
    query.near !== null
      ? 'm.distance ASC NULLS LAST, m.rank DESC NULLS LAST, m.id'
      : 'm.rank DESC NULLS LAST, m.updated_at DESC, m.id'
  const limit = add(query.hitsPerPage)
  const offset = add((query.page - 1) * query.hitsPerPage)

  const sql = `WITH m AS MATERIALIZED (
      SELECT d.tenant, d.locale, d.id, d.updated_at, d.type, d.stars, d.product_group, d.commune,
        ${rank} AS rank, ${distance} AS distance
      FROM search_documents d WHERE ${whereSql} ${cap === null ? '' : `LIMIT ${cap}`}
    ), page AS (
      SELECT m.tenant, m.locale, m.id, m.rank, m.distance FROM m ORDER BY ${order}
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT 'hit' AS kind, to_jsonb(h) AS row FROM (
      SELECT d.id, d.type, d.title, d.summary, left(d.body, 2000) AS body, d.url, d.image, d.lat,
        d.lng, d.price, d.stars, d.product_group, d.commune, d.dates, d.updated_at, page.rank,
        page.distance
      FROM page JOIN search_documents d USING (tenant, locale, id)
    ) h
    UNION ALL
    SELECT 'facet', to_jsonb(f) FROM (
      SELECT m.type, m.stars, m.product_group, m.commune,
        GROUPING(m.type, m.stars, m.product_group, m.commune) AS g, count(*) AS n
      FROM m GROUP BY GROUPING SETS ((m.type), (m.stars), (m.product_group), (m.commune), ())
    ) f
    ${estimateSql}`

  const result = await pool.query<{
    kind: 'hit' | 'facet' | 'estimate'
    row: Row | FacetRow | { rows: number | null }
  }>(sql, params)
  const rows = result.rows.flatMap((item) => (item.kind === 'hit' ? [item.row as Row] : []))
  const facetRows = result.rows.flatMap((item) =>
    item.kind === 'facet' ? [item.row as FacetRow] : [],
  )
  const byRank = (a: Row & { rank?: number | null }, b: Row & { rank?: number | null }) =>
    query.near !== null
      ? (a.distance ?? Infinity) - (b.distance ?? Infinity) || (b.rank ?? 0) - (a.rank ?? 0)
      : (b.rank ?? 0) - (a.rank ?? 0) ||
        new Date(b.updated_at).getTime() - new Date(a.updated_at).getTime() ||
        a.id.localeCompare(b.id)
  rows.sort(byRank)
  const found = Number(facetRows.find((row) => row.g === 0b1111)?.n ?? 0)
  const estimate = result.rows.find((item) => item.kind === 'estimate')?.row as
    { rows: number | null } | undefined
  // Fewer matches than the cap were all of them: the counts are exact. Otherwise (a common
  // word) the planner's estimate, from the tsvector statistics, scales them.
  const exhaustive = cap === null || found < cap
  const scale = exhaustive || !estimate?.rows ? null : Math.max(estimate.rows, found) / found

  return { rows, facetRows, scale, exhaustive }
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

function toHit(row: Row, highlightWords: HighlightTerm[]): SearchHit {
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
    updatedAt: new Date(row.updated_at).toISOString(),
    distanceMeters: row.distance === null ? null : Math.round(row.distance),
    highlights,
  }
}

function fullText(text: TextQuery): Match {
  return {
    condition: `d.tsv @@ to_tsquery('simple', $Q)`,
    // Ranked on the small title-and-tags vector: the full one lives out of line (TOAST) and
    // reading it for every match is what makes common words slow.
    rank: `ts_rank('{0.1, 0.2, 0.5, 1.0}', d.rank_tsv, to_tsquery('simple', $R))`,
    queryParam: text.tsquery,
    rankParam: text.rankQuery,
    fullText: true,
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
 * matches, each word of five letters or more may differ by one edit; when still nothing and
 * the input has five letters or more, the titles most similar to it by trigrams (which also
 * catches short misspelt words, "pha dinn" for Pha Đin).
 */
export async function searchDocuments(
  pool: Pool,
  query: SearchQuery,
  limits: BroadQueryLimits = defaultBroadQueryLimits,
): Promise<SearchResult> {
  const started = performance.now()
  const text = buildTextQuery(query.q)
  let matchedBy: SearchResult['matchedBy'] = 'all'
  const lastIsPrefix = (text.words.at(-1)?.length ?? 0) >= minPrefixLength
  let highlightWords = highlightTerms(text.words, lastIsPrefix)
  let outcome = await runMatch(pool, query, text.tsquery === null ? null : fullText(text), limits)
  let counted = facetsOf(outcome.facetRows)

  if (counted.total === 0 && text.tsquery !== null) {
    const alternatives = await typoAlternatives(pool, text.words)
    if (alternatives.size > 0) {
      const corrected = buildTextQuery(query.q, alternatives)
      outcome = await runMatch(pool, query, fullText(corrected), limits)
      counted = facetsOf(outcome.facetRows)
      matchedBy = 'typo'
      highlightWords = [
        ...highlightWords,
        ...highlightTerms([...alternatives.values()].flat(), false),
      ]
    }
  }
  // Similar titles only for input long enough to be a misspelt name: two letters are "similar"
  // to half the titles.
  if (counted.total === 0 && text.words.join('').length >= 5) {
    const folded = text.words.join(' ')
    outcome = await runMatch(
      pool,
      query,
      {
        condition: `$Q <% d.title_folded`,
        rank: `word_similarity($Q, d.title_folded)`,
        queryParam: folded,
        fullText: false,
      },
      limits,
    )
    counted = facetsOf(outcome.facetRows)
    matchedBy = 'similarity'
    // Misspelt words still highlight by their first letters.
    highlightWords = text.words.map((word) => ({
      word: word.length > 3 ? word.slice(0, -1) : word,
      prefix: true,
    }))
  }

  const scale = outcome.scale
  if (scale !== null) {
    counted.total = Math.round(counted.total * scale)
    for (const facet of Object.values(counted.facets)) {
      for (const key of Object.keys(facet)) facet[key] = Math.round((facet[key] ?? 0) * scale)
    }
  }

  return {
    hits: outcome.rows.map((row) => toHit(row, highlightWords)),
    total: counted.total,
    exhaustive: outcome.exhaustive,
    page: query.page,
    hitsPerPage: query.hitsPerPage,
    facets: counted.facets,
    matchedBy,
    took: Math.round((performance.now() - started) * 10) / 10,
  }
}
