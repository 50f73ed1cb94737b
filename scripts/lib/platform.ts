import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { PlatformEnv } from './env.ts'

/** One of the four services the launcher runs. */
export interface ServiceSpec {
  name: 'commerce' | 'cms' | 'search-indexer' | 'storefront'
  workspace: string
  port: number
  url: string
  healthUrl: string
  /** How long a cold start may take before the launcher gives up. */
  startDeadlineMs: number
  migrates: boolean
  seeds: boolean
}

/** The four services in the order they start. */
export function serviceSpecs(env: PlatformEnv): ServiceSpec[] {
  return [
    {
      name: 'commerce',
      workspace: '@hoaban/commerce',
      port: env.COMMERCE_PORT,
      url: env.COMMERCE_URL,
      healthUrl: `${env.COMMERCE_URL}/health`,
      startDeadlineMs: 180_000,
      migrates: true,
      seeds: true,
    },
    {
      name: 'cms',
      workspace: '@hoaban/cms',
      port: env.CMS_PORT,
      url: env.CMS_URL,
      healthUrl: `${env.CMS_URL}/api/health`,
      startDeadlineMs: 120_000,
      migrates: true,
      seeds: true,
    },
    {
      name: 'search-indexer',
      workspace: '@hoaban/search-indexer',
      port: env.SEARCH_PORT,
      url: env.SEARCH_URL,
      healthUrl: `${env.SEARCH_URL}/health`,
      startDeadlineMs: 60_000,
      migrates: true,
      seeds: false,
    },
    {
      name: 'storefront',
      workspace: '@hoaban/storefront',
      port: env.STOREFRONT_PORT,
      url: env.STOREFRONT_URL,
      healthUrl: `${env.STOREFRONT_URL}/api/health`,
      startDeadlineMs: 60_000,
      migrates: false,
      seeds: false,
    },
  ]
}

/**
 * The environment every child process gets: the caller's own, plus the resolved URLs and
 * secrets, so a service started by the launcher sees the same values as one started by hand.
 */
export function childEnv(env: PlatformEnv, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOABAN_DATA_DIR: env.dataDir,
    CMS_URL: env.CMS_URL,
    COMMERCE_URL: env.COMMERCE_URL,
    SEARCH_URL: env.SEARCH_URL,
    STOREFRONT_URL: env.STOREFRONT_URL,
    CMS_DATABASE_URI: env.CMS_DATABASE_URI,
    COMMERCE_DATABASE_URL: env.COMMERCE_DATABASE_URL,
    SEARCH_DATABASE_URL: env.SEARCH_DATABASE_URL,
    PAYLOAD_SECRET: env.PAYLOAD_SECRET,
    JWT_SECRET: env.JWT_SECRET,
    COOKIE_SECRET: env.COOKIE_SECRET,
    INDEXER_SECRET: env.INDEXER_SECRET,
    TICKET_SECRET: env.TICKET_SECRET,
    VIETQR_WEBHOOK_SECRET: env.VIETQR_WEBHOOK_SECRET,
    DEFAULT_TENANT: env.DEFAULT_TENANT,
    DEMO_ADMIN_EMAIL: env.DEMO_ADMIN_EMAIL,
    DEMO_ADMIN_PASSWORD: env.DEMO_ADMIN_PASSWORD,
    // `next start` and `medusa start` force NODE_ENV=production inside the services; they
    // read the operator's own value here to decide whether demo log-ins are allowed.
    HOABAN_CALLER_NODE_ENV: process.env.NODE_ENV ?? 'development',
    LOG_LEVEL: env.LOG_LEVEL,
    ...extra,
  }
}

/** Folder for service logs, created on demand. */
export async function logsDir(env: PlatformEnv): Promise<string> {
  const dir = path.join(env.dataDir, 'logs')
  await mkdir(dir, { recursive: true })

  return dir
}

/** Whether a database URL points at the embedded server the launcher runs. */
export function usesEmbeddedPostgres(env: PlatformEnv): boolean {
  const embeddedHost = `localhost:${env.POSTGRES_PORT}`

  return [env.CMS_DATABASE_URI, env.COMMERCE_DATABASE_URL, env.SEARCH_DATABASE_URL].some(
    (value) => {
      try {
        const parsed = new URL(value)

        return parsed.protocol.startsWith('postgres') && parsed.host === embeddedHost
      } catch {
        return false
      }
    },
  )
}
