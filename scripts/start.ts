// `npm start`: PostgreSQL, migrations, build, first-run seed, the four services, demo tenants.
// `npm run dev`: the same with each service's hot-reloading dev server instead of a build.
import { existsSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import pino from 'pino'
import { readEnv, type PlatformEnv } from './lib/env.ts'
import { waitUntilHealthy } from './lib/health.ts'
import { childEnv, logsDir, serviceSpecs, usesEmbeddedPostgres } from './lib/platform.ts'
import type { ServiceSpec } from './lib/platform.ts'
import { isPortFree } from './lib/ports.ts'
import { ensureDatabases, startEmbeddedPostgres, type RunningPostgres } from './lib/postgres.ts'
import { runToCompletion, startProcess, stopProcess, type ManagedProcess } from './lib/processes.ts'
import { provisionDemoTenants } from './lib/provision.ts'

const dev = process.argv.includes('--dev')
const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  transport: {
    target: 'pino-pretty',
    options: { ignore: 'pid,hostname', translateTime: 'HH:MM:ss' },
  },
})

interface LauncherState {
  seededAt?: string
  provisionedAt?: string
}

const running: ManagedProcess[] = []
let postgres: RunningPostgres | undefined
let stopping = false

async function main(): Promise<void> {
  const startedAt = Date.now()
  const env = readEnv()
  const services = serviceSpecs(env)
  const logs = await logsDir(env)
  const stateFile = path.join(env.dataDir, 'state.json')
  const state: LauncherState = existsSync(stateFile)
    ? (JSON.parse(await readFile(stateFile, 'utf8')) as LauncherState)
    : {}
  const saveState = () => writeFile(stateFile, JSON.stringify(state, null, 2))
  await rm(path.join(env.dataDir, 'ready.json'), { force: true })

  for (const service of services) {
    if (!(await isPortFree(service.port))) {
      throw new Error(
        `port ${service.port} for ${service.name} is already in use: stop what listens there ` +
          `or choose another port in .env`,
      )
    }
  }

  if (usesEmbeddedPostgres(env)) {
    postgres = await startEmbeddedPostgres(
      {
        dataDir: env.dataDir,
        port: env.POSTGRES_PORT,
        user: env.POSTGRES_USER,
        password: env.POSTGRES_PASSWORD,
      },
      logger,
    )
    const adminUrl = `postgres://${env.POSTGRES_USER}:${env.POSTGRES_PASSWORD}@localhost:${env.POSTGRES_PORT}/postgres`
    const created = await ensureDatabases(adminUrl, [
      env.CMS_DATABASE_URI,
      env.COMMERCE_DATABASE_URL,
      env.SEARCH_DATABASE_URL,
    ])
    logger.info({ port: env.POSTGRES_PORT, created }, 'embedded PostgreSQL is up')
  }

  const baseEnv = childEnv(env)
  const run = (name: string, args: string[]) =>
    runToCompletion({
      name,
      command: 'npm',
      args,
      env: baseEnv,
      logFile: path.join(logs, `${name.split(' ')[0]}.log`),
    })

  if (!dev) {
    const buildStarted = Date.now()
    logger.info('building what is out of date (turbo)')
    await run('build', ['run', 'build', '--', '--output-logs=errors-only'])
    logger.info({ seconds: secondsSince(buildStarted) }, 'build done')
  }

  const migrateStarted = Date.now()
  // One at a time: the CMS's Payload CLI loads a large ESM graph that stalls more often on a
  // busy machine, and the three together gain little on two cores.
  for (const service of services.filter((s) => s.migrates)) {
    await run(`${service.name} migrate`, ['run', 'migrate', '-w', service.workspace])
  }
  logger.info({ seconds: secondsSince(migrateStarted) }, 'migrations applied')

  if (!state.seededAt) {
    const seedStarted = Date.now()
    logger.info('first run: seeding demo data')
    for (const service of services.filter((s) => s.seeds)) {
      await run(`${service.name} seed`, ['run', 'seed', '-w', service.workspace])
    }
    state.seededAt = new Date().toISOString()
    await saveState()
    logger.info({ seconds: secondsSince(seedStarted) }, 'demo data seeded')
  }

  const serveStarted = Date.now()
  await Promise.all(services.map((service) => startService(service, env, logs)))
  logger.info({ seconds: secondsSince(serveStarted) }, 'all services healthy')

  if (!state.provisionedAt) {
    await provisionDemoTenants(env, logger)
    state.provisionedAt = new Date().toISOString()
    await saveState()
  }
  await requestReindex(env)

  const seconds = secondsSince(startedAt)
  await writeFile(
    path.join(env.dataDir, 'ready.json'),
    JSON.stringify({ readyAt: new Date().toISOString(), seconds, pid: process.pid }),
  )
  printReady(env, services, seconds, logs)
}

async function startService(service: ServiceSpec, env: PlatformEnv, logs: string): Promise<void> {
  const managed = startProcess({
    name: service.name,
    command: 'npm',
    args: ['run', dev ? 'dev' : 'start', '-w', service.workspace],
    env: childEnv(env, { PORT: String(service.port), HOST: '127.0.0.1' }),
    logFile: path.join(logs, `${service.name}.log`),
  })
  running.push(managed)
  void managed.exited.then((code) => {
    if (!stopping) {
      logger.error({ service: service.name, code, log: managed.logFile }, 'service exited')
      void shutdown(1)
    }
  })
  const ms = await waitUntilHealthy(
    { name: service.name, url: service.healthUrl },
    service.startDeadlineMs,
    managed.exited,
  )
  logger.info({ service: service.name, seconds: (ms / 1000).toFixed(1) }, 'healthy')
}

async function requestReindex(env: PlatformEnv): Promise<void> {
  try {
    const response = await fetch(`${env.SEARCH_URL}/reindex`, {
      method: 'POST',
      headers: { 'x-indexer-secret': env.INDEXER_SECRET },
      signal: AbortSignal.timeout(10_000),
    })
    logger.info({ status: response.status }, 'search reindex requested')
  } catch (error) {
    logger.warn({ err: error }, 'search reindex request failed; the indexer reconciles on its own')
  }
}

function printReady(env: PlatformEnv, services: ServiceSpec[], seconds: string, logs: string) {
  const line = (label: string, value: string) => `  ${label.padEnd(22)} ${value}`
  const text = [
    '',
    `Hoa Ban is ready (${seconds} s). Press Ctrl+C to stop everything.`,
    '',
    line('Storefront', `${env.STOREFRONT_URL}  (English: ${env.STOREFRONT_URL}/en)`),
    line('Mường Phăng site', `http://muong-phang.localhost:${env.STOREFRONT_PORT}`),
    line('CMS admin', `${env.CMS_URL}/admin`),
    line('CMS REST / GraphQL', `${env.CMS_URL}/api  ${env.CMS_URL}/api/graphql`),
    line('Commerce admin', `${env.COMMERCE_URL}/app`),
    line('Commerce store API', `${env.COMMERCE_URL}/store`),
    line('Search', `${env.SEARCH_URL}/search?tenant=${env.DEFAULT_TENANT}&locale=vi&q=ca%20phe`),
    '',
    process.env.NODE_ENV === 'production'
      ? '  Demo log-ins are disabled (NODE_ENV=production).'
      : line('Demo log-in (both)', `${env.DEMO_ADMIN_EMAIL} / ${env.DEMO_ADMIN_PASSWORD}`),
    line('Logs', logs),
    '',
    ...services.map((s) => line(`  ${s.name}`, s.url)),
    '',
  ].join('\n')
  process.stdout.write(`${text}\n`)
}

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true
    logger.info('stopping all services')
    await Promise.all(running.map((managed) => stopProcess(managed)))
    if (postgres) {
      await postgres
        .stop()
        .catch((error: unknown) => logger.warn({ err: error }, 'PostgreSQL stop'))
      logger.info('PostgreSQL stopped')
    }
  }
  process.exit(code)
}

function secondsSince(start: number): string {
  return ((Date.now() - start) / 1000).toFixed(1)
}

process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

// `kill -TERM <npm pid>` ends npm and its shell but not this process; once orphaned (the parent
// changed), stop the stack as if the signal had reached us.
const parentAtStart = process.ppid
setInterval(() => {
  if (process.ppid !== parentAtStart) void shutdown(0)
}, 1_000).unref()

main().catch(async (error: unknown) => {
  logger.error({ err: error }, error instanceof Error ? error.message : 'start failed')
  await shutdown(1)
})
