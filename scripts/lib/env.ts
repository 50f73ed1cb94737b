import { config as loadDotenv } from 'dotenv'
import path from 'node:path'
import { z } from 'zod'

/** Root of the repository: every relative path in the configuration is resolved from here. */
export const repoRoot = path.resolve(import.meta.dirname, '..', '..')

loadDotenv({ path: path.join(repoRoot, '.env'), quiet: true })

const url = z.url()
const port = z.coerce.number().int().min(1).max(65535)

/** The launcher's view of `.env.example`: every variable with its default. */
const EnvSchema = z.object({
  HOABAN_DATA_DIR: z.string().default('.data'),
  POSTGRES_PORT: port.default(5440),
  POSTGRES_USER: z.string().min(1).default('hoaban'),
  POSTGRES_PASSWORD: z.string().min(1).default('hoaban'),
  CMS_PORT: port.default(3000),
  COMMERCE_PORT: port.default(9000),
  SEARCH_PORT: port.default(7071),
  STOREFRONT_PORT: port.default(8000),
  CMS_URL: url.optional(),
  COMMERCE_URL: url.optional(),
  SEARCH_URL: url.optional(),
  STOREFRONT_URL: url.optional(),
  CMS_DATABASE_URI: z.string().optional(),
  COMMERCE_DATABASE_URL: z.string().optional(),
  SEARCH_DATABASE_URL: z.string().optional(),
  PAYLOAD_SECRET: z.string().min(8).default('hoaban-dev-payload-secret-change-me'),
  JWT_SECRET: z.string().min(8).default('hoaban-dev-jwt-secret-change-me'),
  COOKIE_SECRET: z.string().min(8).default('hoaban-dev-cookie-secret-change-me'),
  INDEXER_SECRET: z.string().min(8).default('hoaban-dev-indexer-secret-change-me'),
  TICKET_SECRET: z.string().min(8).default('hoaban-dev-ticket-secret-change-me'),
  VIETQR_WEBHOOK_SECRET: z.string().min(8).default('hoaban-dev-vietqr-secret-change-me'),
  DEFAULT_TENANT: z.string().default('dien-bien-phu'),
  DEMO_ADMIN_EMAIL: z.email().default('admin@hoaban.local'),
  DEMO_ADMIN_PASSWORD: z.string().min(8).default('hoaban-demo'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
})

/** Validated launcher configuration, with derived URLs filled in. */
export type PlatformEnv = ReturnType<typeof readEnv>

/**
 * Reads and validates the environment. A bad value stops the launcher with a message that
 * names the variable.
 */
export function readEnv(source: NodeJS.ProcessEnv = process.env) {
  const blanksRemoved = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  )
  const parsed = EnvSchema.safeParse(blanksRemoved)
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ')
    throw new Error(`Invalid environment: ${problems}`)
  }
  const env = parsed.data
  const pgBase = `postgres://${env.POSTGRES_USER}:${env.POSTGRES_PASSWORD}@localhost:${env.POSTGRES_PORT}`
  const dataDir = path.resolve(repoRoot, env.HOABAN_DATA_DIR)

  return {
    ...env,
    dataDir,
    CMS_URL: env.CMS_URL ?? `http://127.0.0.1:${env.CMS_PORT}`,
    COMMERCE_URL: env.COMMERCE_URL ?? `http://127.0.0.1:${env.COMMERCE_PORT}`,
    SEARCH_URL: env.SEARCH_URL ?? `http://127.0.0.1:${env.SEARCH_PORT}`,
    STOREFRONT_URL: env.STOREFRONT_URL ?? `http://127.0.0.1:${env.STOREFRONT_PORT}`,
    CMS_DATABASE_URI: env.CMS_DATABASE_URI ?? `${pgBase}/hoaban_cms`,
    COMMERCE_DATABASE_URL: env.COMMERCE_DATABASE_URL ?? `${pgBase}/hoaban_commerce`,
    SEARCH_DATABASE_URL: env.SEARCH_DATABASE_URL ?? `${pgBase}/hoaban_search`,
  }
}
