import { spawn } from 'node:child_process'
import { mkdirSync, openSync } from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'
import pg from 'pg'
import { startSearchDouble } from './search-double'
import {
  commerceDir,
  freePort,
  type StartedCommerce,
  startCommerce,
  tmpDir,
} from './start-commerce'
import { startStripeDouble } from './stripe-double'
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' }

const adminUrl =
  process.env.HOABAN_TEST_PG_URL ?? 'postgres://hoaban:hoaban@localhost:5440/postgres'

let server: StartedCommerce | undefined
let stripeDouble: Server | undefined
let searchDouble: Server | undefined

/** Secret the tests sign Stripe webhook events with. */
export const STRIPE_WEBHOOK_SECRET = 'whsec_hoaban_integration_tests'
let databaseName: string | undefined

declare module 'vitest' {
  export interface ProvidedContext {
    commerceUrl: string
    databaseUrl: string
    stripeUrl: string
    searchUrl: string
    notificationsDir: string
    stripeWebhookSecret: string
    /** The variables the server runs with beyond the test runner's own, to start another. */
    commerceEnv: Record<string, string>
  }
}

function run(args: string[], env: NodeJS.ProcessEnv, log: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = openSync(path.join(tmpDir, log), 'w')
    const child = spawn('npx', ['medusa', ...args], {
      cwd: commerceDir,
      env,
      stdio: ['ignore', out, out],
    })
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`medusa ${args[0]} exited ${code}; see ${log}`)),
    )
  })
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Creates a fresh database, migrates and seeds it, and starts commerce on a free port. */
export async function setup(project: TestProject): Promise<void> {
  mkdirSync(tmpDir, { recursive: true })
  databaseName = `hoaban_commerce_it_${Date.now()}_${process.pid}`
  await admin((c) => c.query(`CREATE DATABASE ${databaseName}`))
  const url = new URL(adminUrl)
  url.hostname = 'localhost'
  url.pathname = `/${databaseName}`
  const databaseUrl = url.toString()
  const port = await freePort()
  const notificationsDir = path.join(tmpDir, `notifications-${Date.now()}`)
  const stripePort = await freePort()
  stripeDouble = await startStripeDouble(stripePort)
  const stripeUrl = `http://127.0.0.1:${stripePort}`
  const searchPort = await freePort()
  searchDouble = await startSearchDouble(searchPort)
  const searchUrl = `http://127.0.0.1:${searchPort}`
  const commerceEnv: Record<string, string> = {
    // The reference clock; a test starts a second server in another zone against it.
    TZ: 'UTC',
    NODE_ENV: 'development',
    COMMERCE_DATABASE_URL: databaseUrl,
    COMMERCE_ADMIN_DISABLED: 'true',
    REDIS_URL: '',
    LOG_LEVEL: 'warn',
    SEARCH_URL: searchUrl,
    INDEXER_SECRET: 'indexer-secret-for-tests',
    COMMERCE_NOTIFICATIONS_DIR: notificationsDir,
    // Photos members upload in tests stay out of the demo stack's .data/uploads.
    COMMERCE_UPLOADS_DIR: path.join(tmpDir, `uploads-${Date.now()}`),
    STRIPE_API_KEY: 'sk_test_hoaban_integration',
    STRIPE_WEBHOOK_SECRET,
    STRIPE_API_BASE_URL: stripeUrl,
  }
  const env: NodeJS.ProcessEnv = { ...process.env, ...commerceEnv }

  await run(['db:migrate'], env, 'migrate.log')
  await run(['exec', './src/scripts/seed.ts'], env, 'seed.log')

  server = await startCommerce({ env, port, log: 'server.log' })

  project.provide('commerceUrl', server.url)
  project.provide('databaseUrl', databaseUrl)
  project.provide('stripeUrl', stripeUrl)
  project.provide('searchUrl', searchUrl)
  project.provide('notificationsDir', notificationsDir)
  project.provide('stripeWebhookSecret', STRIPE_WEBHOOK_SECRET)
  project.provide('commerceEnv', commerceEnv)
}

/** Stops the server (its whole process group) and drops the database. */
export async function teardown(): Promise<void> {
  await server?.stop()
  for (const double of [stripeDouble, searchDouble]) {
    await new Promise((r) => (double ? double.close(r) : r(undefined)))
  }
  if (databaseName) {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`))
  }
}
