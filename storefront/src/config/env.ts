import { z } from 'zod'

const url = z.url()

const EnvSchema = z.object({
  CMS_URL: url.default('http://127.0.0.1:3000'),
  COMMERCE_URL: url.default('http://127.0.0.1:9000'),
  SEARCH_URL: url.default('http://127.0.0.1:7071'),
  STOREFRONT_URL: url.default('http://127.0.0.1:8000'),
  DEFAULT_TENANT: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'must be a tenant slug (a-z, 0-9, -)')
    .default('dien-bien-phu'),
  MAP_STYLE_URL: url.optional(),
  /** Stripe's publishable key (pk_…); card payments are offered only when it is set. */
  STRIPE_PUBLISHABLE_KEY: z
    .string()
    .regex(
      /^pk_(test|live)_[A-Za-z0-9]+$/,
      'must be a Stripe publishable key (pk_test_… or pk_live_…)',
    )
    .optional(),
  /**
   * Shared with the CMS: checks the signature of live-preview links and, while draft mode is
   * on, is sent to the CMS to read drafts.
   */
  PREVIEW_SECRET: z.string().min(16).default('hoaban-dev-preview-secret-change-me'),
  /** Shared with the CMS: the CMS sends it with each request to drop cached CMS answers. */
  REVALIDATE_SECRET: z.string().min(16).default('hoaban-dev-revalidate-secret-change-me'),
  /** Milliseconds the storefront waits for the CMS, commerce or search before giving up. */
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
})

/** The storefront's validated configuration. */
export type StorefrontEnv = z.infer<typeof EnvSchema>

/**
 * Reads and validates the storefront's variables; a bad value throws an error naming the
 * variable. Blank values count as unset so an `.env` copied from `.env.example` works.
 */
export function parseEnv(source: Record<string, string | undefined>): StorefrontEnv {
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  )
  const parsed = EnvSchema.safeParse(present)
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ')
    throw new Error(`Invalid storefront environment: ${problems}`)
  }

  return parsed.data
}

let cached: StorefrontEnv | undefined

/** The process's configuration, validated once on first use. */
export function env(): StorefrontEnv {
  cached ??= parseEnv(process.env)

  return cached
}
