import { z } from 'zod'

const optionalUrl = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .pipe(z.url().optional())
  .optional()

/** Every variable the search indexer reads, with its default. */
export const envSchema = z.object({
  /** PostgreSQL database holding the notification queue and, by default, the index. */
  SEARCH_DATABASE_URL: z.url().default('postgres://hoaban:hoaban@localhost:5440/hoaban_search'),
  /** When set, documents are indexed in Meilisearch instead of PostgreSQL. */
  MEILISEARCH_HOST: optionalUrl,
  /** Admin (or master) key for Meilisearch; optional for an unprotected server. */
  MEILISEARCH_API_KEY: z.string().optional(),
  /** Prefix of the Meilisearch index names (`<prefix>-<locale>`). */
  MEILISEARCH_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]+$/)
    .default('hoaban'),
  /** Shared secret the CMS and commerce send in `x-indexer-secret`. */
  INDEXER_SECRET: z.string().min(8).default('hoaban-dev-indexer-secret-change-me'),
  CMS_URL: z.url().default('http://127.0.0.1:3000'),
  COMMERCE_URL: z.url().default('http://127.0.0.1:9000'),
  /** Seconds between two reconciliations against the CMS and commerce. */
  RECONCILE_INTERVAL_SECONDS: z.coerce.number().int().min(5).default(300),
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SEARCH_PORT: z.coerce.number().int().min(1).max(65535).default(7071),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
})

/** Validated configuration of the search indexer. */
export type IndexerEnv = z.infer<typeof envSchema>

/** Reads and validates the indexer's variables; throws an error naming each bad variable. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): IndexerEnv {
  const result = envSchema.safeParse(source)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid search-indexer environment: ${problems.join('; ')}`)
  }

  return result.data
}

/** The port to listen on: PORT when the launcher passes it, SEARCH_PORT otherwise. */
export function listenPort(env: IndexerEnv): number {
  return env.PORT ?? env.SEARCH_PORT
}
