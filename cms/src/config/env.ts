import { z } from 'zod'

/** The variables the CMS reads, with the defaults that work with no .env at all. */
export const cmsEnvSchema = z.object({
  CMS_DATABASE_URI: z
    .string()
    .regex(/^(postgres(ql)?|mongodb(\+srv)?):\/\//, 'must start with postgres:// or mongodb://')
    .default('postgres://hoaban:hoaban@localhost:5440/hoaban_cms'),
  PAYLOAD_SECRET: z.string().min(8).default('hoaban-dev-payload-secret-change-me'),
  CMS_URL: z.url().default('http://127.0.0.1:3000'),
  STOREFRONT_URL: z.url().default('http://127.0.0.1:8000'),
  SEARCH_URL: z.url().default('http://127.0.0.1:7071'),
  INDEXER_SECRET: z.string().min(1).default('hoaban-dev-indexer-secret-change-me'),
  /**
   * Shared with the storefront: signs live-preview links and, sent by the storefront in
   * `x-hoaban-preview-key`, lets it read drafts while an editor previews.
   */
  PREVIEW_SECRET: z.string().min(16).default('hoaban-dev-preview-secret-change-me'),
  /** Shared with the storefront: sent with each revalidation request after a publish. */
  REVALIDATE_SECRET: z.string().min(16).default('hoaban-dev-revalidate-secret-change-me'),
  DEFAULT_TENANT: z.string().min(1).default('dien-bien-phu'),
  DEMO_ADMIN_EMAIL: z.email().default('admin@hoaban.local'),
  DEMO_ADMIN_PASSWORD: z.string().min(8).default('hoaban-demo'),
  /** How often the jobs runner looks for due scheduled publishes (croner syntax). */
  CMS_JOBS_CRON: z.string().min(9).default('* * * * *'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  /**
   * NODE_ENV as the operator set it. `next start` forces NODE_ENV=production, so the start
   * script copies the caller's value here first; demo log-ins are refused only when this is
   * `production`.
   */
  HOABAN_CALLER_NODE_ENV: z.string().optional(),
})

export type CmsEnv = z.infer<typeof cmsEnvSchema>

/**
 * Reads and validates the CMS variables from a process environment.
 * Empty strings count as unset so a copied `.env.example` with blanks keeps the defaults.
 * Throws an Error naming every bad variable.
 */
export function readCmsEnv(source: Record<string, string | undefined> = process.env): CmsEnv {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  )
  const parsed = cmsEnvSchema.safeParse(cleaned)
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ')
    throw new Error(`Invalid CMS environment: ${problems}`)
  }

  return parsed.data
}

/** True when the operator runs the CMS with NODE_ENV=production: no demo log-ins then. */
export function demoLoginsRefused(value: CmsEnv): boolean {
  return (value.HOABAN_CALLER_NODE_ENV ?? value.NODE_ENV) === 'production'
}

/** The validated environment of this process, read once. */
export const env: CmsEnv = readCmsEnv()
