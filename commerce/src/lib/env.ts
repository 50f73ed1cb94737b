import { z } from '@medusajs/framework/zod'

const optionalString = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()))

const optionalUrl = optionalString.pipe(z.url().optional())

/** Every variable commerce reads, with the defaults from the root `.env.example`. */
export const commerceEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** PostgreSQL URL; keep the host `localhost` for the embedded server (no SSL there). */
  COMMERCE_DATABASE_URL: z.url().default('postgres://hoaban:hoaban@localhost:5440/hoaban_commerce'),
  /** When set, Redis backs the event bus, cache, locking and workflow engine. */
  REDIS_URL: optionalUrl,
  JWT_SECRET: z.string().min(8).default('hoaban-dev-jwt-secret-change-me'),
  COOKIE_SECRET: z.string().min(8).default('hoaban-dev-cookie-secret-change-me'),
  /** Card payments through Stripe are offered only when the key is set. */
  STRIPE_API_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  /** Another Stripe API origin, e.g. a local test double; empty means api.stripe.com. */
  STRIPE_API_BASE_URL: optionalUrl,
  /** The shop's collection account VietQR transfers go to (demo values by default). */
  VIETQR_BANK_BIN: z
    .string()
    .regex(/^\d{6}$/, 'must be a 6-digit bank BIN')
    .default('970436'),
  VIETQR_ACCOUNT_NUMBER: z
    .string()
    .regex(/^[0-9A-Za-z]{1,19}$/)
    .default('0011000000000'),
  VIETQR_ACCOUNT_NAME: z.string().min(1).default('HOA BAN DEMO'),
  /** Signs VietQR reconciliation webhooks. */
  VIETQR_WEBHOOK_SECRET: z.string().min(8).default('hoaban-dev-vietqr-secret-change-me'),
  /** Signs booking tickets. */
  TICKET_SECRET: z.string().min(8).default('hoaban-dev-ticket-secret-change-me'),
  CMS_URL: z.url().default('http://127.0.0.1:3000'),
  COMMERCE_URL: z.url().default('http://127.0.0.1:9000'),
  SEARCH_URL: z.url().default('http://127.0.0.1:7071'),
  STOREFRONT_URL: z.url().default('http://127.0.0.1:8000'),
  INDEXER_SECRET: z.string().min(8).default('hoaban-dev-indexer-secret-change-me'),
  DEFAULT_TENANT: z.string().min(1).default('dien-bien-phu'),
  /** Serve no dashboard at /app (API-only runs from source, e.g. tests); default false. */
  COMMERCE_ADMIN_DISABLED: z
    .enum(['true', 'false', ''])
    .default('false')
    .transform((value) => value === 'true'),
  /** Folder the development notification provider writes messages to; default <repo>/.data. */
  COMMERCE_NOTIFICATIONS_DIR: optionalString,
  /** Folder the photos cooperative members upload are kept in; default <repo>/.data/uploads. */
  COMMERCE_UPLOADS_DIR: optionalString,
  /** Window of the cooperative members' sign-in throttle, in seconds (default 15 minutes). */
  COMMERCE_LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** Failed sign-ins allowed per email address within the window. */
  COMMERCE_LOGIN_MAX_PER_EMAIL: z.coerce.number().int().min(1).default(5),
  /** Failed sign-ins allowed per client IP address within the window. */
  COMMERCE_LOGIN_MAX_PER_IP: z.coerce.number().int().min(1).default(50),
  DEMO_ADMIN_EMAIL: z.email().default('admin@hoaban.local'),
  DEMO_ADMIN_PASSWORD: z.string().min(8).default('hoaban-demo'),
  /**
   * NODE_ENV as the operator set it before `medusa start` forced production; the launcher
   * passes it. Demo log-ins are refused when either this or NODE_ENV says production and the
   * launcher did not say otherwise.
   */
  HOABAN_CALLER_NODE_ENV: optionalString,
})

export type CommerceEnv = z.infer<typeof commerceEnvSchema>

/**
 * Reads and validates commerce's variables. Empty strings count as unset, as in `.env.example`.
 * A bad value throws an error naming the variable.
 */
export function readEnv(source: NodeJS.ProcessEnv = process.env): CommerceEnv {
  const parsed = commerceEnvSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ')
    throw new Error(`Invalid commerce environment: ${problems}`)
  }

  return parsed.data
}

/** The browser origins allowed to call the store, admin and auth APIs, comma-separated. */
export function corsOrigins(env: CommerceEnv): { store: string; admin: string; auth: string } {
  const store = [env.STOREFRONT_URL, env.CMS_URL, 'http://localhost:8000']
  const admin = [env.COMMERCE_URL, env.CMS_URL, 'http://localhost:9000']
  const unique = (urls: string[]) => [...new Set(urls.map((u) => u.replace(/\/$/, '')))].join(',')

  return { store: unique(store), admin: unique(admin), auth: unique([...store, ...admin]) }
}

/** Demo accounts: the demo admin, the seeded tenant admins and cooperative members. */
export function isDemoAccount(email: string, env: CommerceEnv): boolean {
  const normalised = email.trim().toLowerCase()

  return (
    normalised === env.DEMO_ADMIN_EMAIL.toLowerCase() ||
    normalised.endsWith('@coop.hoaban.local') ||
    /^tenant-admin@[a-z0-9-]+\.hoaban\.local$/.test(normalised)
  )
}

/** Whether the operator runs the platform in production, where demo log-ins are refused. */
export function demoLoginsRefused(env: CommerceEnv): boolean {
  return (env.HOABAN_CALLER_NODE_ENV ?? env.NODE_ENV) === 'production'
}
