/**
 * The indexer's PostgreSQL schema. Every statement is idempotent, so `migrate` can run at each
 * start. The notification queue lives here whichever engine holds the index.
 */
export const queueSchemaSql = `
CREATE TABLE IF NOT EXISTS search_notifications (
  seq bigserial PRIMARY KEY,
  source text NOT NULL CHECK (source IN ('cms', 'commerce')),
  kind text NOT NULL,
  source_id text NOT NULL,
  tenant text NOT NULL,
  op text NOT NULL CHECK (op IN ('upsert', 'delete')),
  received_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  done_at timestamptz
);
CREATE INDEX IF NOT EXISTS search_notifications_pending
  ON search_notifications (next_attempt_at, seq) WHERE done_at IS NULL;

CREATE TABLE IF NOT EXISTS search_sync_state (
  name text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
`

/**
 * Folding used both when indexing and when querying: unaccent removes every Vietnamese
 * diacritic and maps đ/Đ to d/D; lower() after it. unaccent() itself is only STABLE (it reads
 * the dictionary by name), so this wrapper names the dictionary explicitly and is declared
 * IMMUTABLE, which generated columns and expression indexes require.
 */
export const documentsSchemaVersion = 5

export const postgresEngineSchemaSql = `
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE OR REPLACE FUNCTION hoaban_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $fold$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, input)) $fold$;

CREATE TABLE IF NOT EXISTS search_documents (
  tenant text NOT NULL,
  locale text NOT NULL,
  id text NOT NULL,
  type text NOT NULL,
  source text NOT NULL,
  title text NOT NULL,
  summary text NOT NULL DEFAULT '',
  body text NOT NULL DEFAULT '',
  tags text[] NOT NULL DEFAULT '{}',
  tags_text text NOT NULL DEFAULT '',
  url text NOT NULL,
  image text,
  lat double precision,
  lng double precision,
  price bigint,
  stars smallint,
  product_group text,
  commune text,
  dates jsonb,
  updated_at timestamptz NOT NULL,
  content_hash text NOT NULL,
  title_folded text GENERATED ALWAYS AS (hoaban_fold(title)) STORED,
  -- Matching only: without positions and weights it is small enough to stay in the row.
  tsv tsvector GENERATED ALWAYS AS (strip(to_tsvector('simple'::regconfig,
    hoaban_fold(title || ' ' || summary || ' ' || tags_text || ' ' || body)))) STORED,
  -- Ranking only: title (weight A) and tags (B), small, read for every match.
  rank_tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, hoaban_fold(title)), 'A') ||
    setweight(to_tsvector('simple'::regconfig, hoaban_fold(tags_text)), 'B')
  ) STORED,
  PRIMARY KEY (tenant, locale, id)
);

-- The planner's estimate of a text query's matches, read in the query itself when it turns out
-- broad (EXPLAIN through EXECUTE, with the values bound so the statistics apply).
CREATE OR REPLACE FUNCTION hoaban_estimate_matches(p_tenant text, p_locale text, p_query text,
  p_types text[], p_stars smallint[], p_groups text[], p_communes text[]) RETURNS float8
  LANGUAGE plpgsql VOLATILE AS $estimate$
DECLARE
  plan json;
BEGIN
  EXECUTE 'EXPLAIN (FORMAT JSON) SELECT 1 FROM search_documents d
    WHERE d.tenant = $1 AND d.locale = $2 AND d.tsv @@ to_tsquery(''simple'', $3)
      AND ($4 IS NULL OR d.type = ANY($4)) AND ($5 IS NULL OR d.stars = ANY($5))
      AND ($6 IS NULL OR d.product_group = ANY($6)) AND ($7 IS NULL OR d.commune = ANY($7))'
    INTO plan USING p_tenant, p_locale, p_query, p_types, p_stars, p_groups, p_communes;
  RETURN (plan -> 0 -> 'Plan' ->> 'Plan Rows')::float8;
END
$estimate$;

CREATE TABLE IF NOT EXISTS search_terms (
  word text PRIMARY KEY
);
`

/**
 * Indexes of one documents table, by the table's name (the reindex builds them on a copy). The
 * GIN index holds the words only: tenant and locale inside it (btree_gin) made every lookup
 * intersect posting lists as long as the tenant, measured 2-5x slower on 100k documents.
 */
export function documentIndexesSql(table: string): string {
  return `
CREATE INDEX IF NOT EXISTS ${table}_tsv ON ${table} USING gin (tsv);
CREATE INDEX IF NOT EXISTS ${table}_title_trgm ON ${table} USING gin (title_folded gin_trgm_ops);
CREATE INDEX IF NOT EXISTS ${table}_scope ON ${table} (tenant, locale, updated_at DESC);
`
}

export const termIndexesSql = `
CREATE INDEX IF NOT EXISTS search_terms_trgm ON search_terms USING gin (word gin_trgm_ops);
`
