import type { PoolClient } from '../../db/pool.js'
import { hashDocument } from '../../documents/hash-document.js'
import type { SearchDocument } from '../../documents/search-document.js'
import { words } from '../../text/fold.js'

const columns = `tenant, locale, id, type, source, title, summary, body, tags, tags_text, url, image,
  lat, lng, price, stars, product_group, commune, dates, updated_at, content_hash`

const recordType = `tenant text, locale text, id text, type text, source text, title text,
  summary text, body text, tags text[], tags_text text, url text, image text, lat float8,
  lng float8, price bigint, stars smallint, product_group text, commune text, dates jsonb,
  updated_at timestamptz, content_hash text`

function toRow(doc: SearchDocument) {
  return {
    tenant: doc.tenant,
    locale: doc.locale,
    id: doc.id,
    type: doc.type,
    source: doc.source,
    title: doc.title,
    summary: doc.summary,
    body: doc.text,
    tags: doc.tags,
    tags_text: doc.tags.join(' '),
    url: doc.url,
    image: doc.image,
    lat: doc._geo?.lat ?? null,
    lng: doc._geo?.lng ?? null,
    price: doc.price,
    stars: doc.stars,
    product_group: doc.productGroup,
    commune: doc.commune,
    dates: doc.dates,
    updated_at: doc.updatedAt,
    content_hash: hashDocument(doc),
  }
}

/**
 * Writes documents into one documents table in a single statement; an unchanged document (same
 * content hash) is left alone, so applying the same change twice does nothing.
 */
export async function writeDocuments(client: PoolClient, table: string, docs: SearchDocument[]) {
  if (docs.length === 0) return
  const rows = JSON.stringify(docs.map(toRow))
  await client.query(
    `INSERT INTO ${table} (${columns})
     SELECT ${columns} FROM jsonb_to_recordset($1::jsonb) AS r(${recordType})
     ON CONFLICT (tenant, locale, id) DO UPDATE SET
       type = excluded.type, source = excluded.source, title = excluded.title,
       summary = excluded.summary, body = excluded.body, tags = excluded.tags,
       tags_text = excluded.tags_text, url = excluded.url, image = excluded.image,
       lat = excluded.lat, lng = excluded.lng, price = excluded.price, stars = excluded.stars,
       product_group = excluded.product_group, commune = excluded.commune,
       dates = excluded.dates, updated_at = excluded.updated_at,
       content_hash = excluded.content_hash
     WHERE ${table}.content_hash IS DISTINCT FROM excluded.content_hash`,
    [rows],
  )
}

/**
 * Adds the words (four letters or more) of the documents' titles, summaries and tags to the
 * vocabulary used for typo fixes. Body text is left out: folding and splitting it took longer
 * than writing the documents, and names, the words people misspell, are in titles.
 */
export async function writeTerms(client: PoolClient, docs: SearchDocument[]) {
  const vocabulary = new Set<string>()
  for (const doc of docs) {
    for (const word of words(`${doc.title} ${doc.summary} ${doc.tags.join(' ')}`)) {
      if (word.length >= 4 && word.length <= 40) vocabulary.add(word)
    }
  }
  if (vocabulary.size === 0) return
  await client.query(
    'INSERT INTO search_terms (word) SELECT unnest($1::text[]) ORDER BY 1 ON CONFLICT DO NOTHING',
    [[...vocabulary]],
  )
}
