import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, openSync } from 'node:fs'
import type { Server } from 'node:http'
import { createServer } from 'node:net'
import path from 'node:path'
import pg from 'pg'
import { startSearchDouble } from './search-double'
import { startStripeDouble } from './stripe-double'
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' }

const commerceDir = path.resolve(__dirname, '../..')
const tmpDir = path.join(commerceDir, 'integration-tests/.tmp')
const adminUrl =
  process.env.HOABAN_TEST_PG_URL ?? 'postgres://hoaban:hoaban@localhost:5440/postgres'

let server: ChildProcess | undefined
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
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()))
    })
  })
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
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    COMMERCE_DATABASE_URL: databaseUrl,
    COMMERCE_ADMIN_DISABLED: 'true',
    REDIS_URL: '',
    LOG_LEVEL: 'warn',
    SEARCH_URL: searchUrl,
    INDEXER_SECRET: 'indexer-secret-for-tests',
    COMMERCE_NOTIFICATIONS_DIR: notificationsDir,
    STRIPE_API_KEY: 'sk_test_hoaban_integration',
    STRIPE_WEBHOOK_SECRET,
    STRIPE_API_BASE_URL: stripeUrl,
  }

  await run(['db:migrate'], env, 'migrate.log')
  await run(['exec', './src/scripts/seed.ts'], env, 'seed.log')

  const out = openSync(path.join(tmpDir, 'server.log'), 'w')
  server = spawn('npx', ['medusa', 'start', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: commerceDir,
    env,
    stdio: ['ignore', out, out],
    detached: true,
  })
  const commerceUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    const ok = await fetch(`${commerceUrl}/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    if (Date.now() > deadline || server.exitCode !== null) {
      throw new Error('commerce did not start; see integration-tests/.tmp/server.log')
    }
    await new Promise((r) => setTimeout(r, 500))
  }

  project.provide('commerceUrl', commerceUrl)
  project.provide('databaseUrl', databaseUrl)
  project.provide('stripeUrl', stripeUrl)
  project.provide('searchUrl', searchUrl)
  project.provide('notificationsDir', notificationsDir)
  project.provide('stripeWebhookSecret', STRIPE_WEBHOOK_SECRET)
}

/** Stops the server (its whole process group) and drops the database. */
export async function teardown(): Promise<void> {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((r) => server?.once('exit', r))
    process.kill(-server.pid, 'SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))])
  }
  for (const double of [stripeDouble, searchDouble]) {
    await new Promise((r) => (double ? double.close(r) : r(undefined)))
  }
  if (databaseName) {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`))
  }
}
