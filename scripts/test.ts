// `npm test`: lint and typecheck everything, bring up the stack (or use a running one), run each
// workspace's unit tests, the cross-service HTTP tests and the browser tests, then stop what it
// started. Ends with one line "tests: N passed, N failed, N skipped".
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { readEnv, repoRoot } from './lib/env.ts'
import { isHealthy } from './lib/health.ts'
import { childEnv, serviceSpecs } from './lib/platform.ts'

interface Tally {
  passed: number
  failed: number
  skipped: number
}

const tally: Tally = { passed: 0, failed: 0, skipped: 0 }
const problems: string[] = []

/** Runs a command with inherited output; resolves with its exit code. */
function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
) {
  return new Promise<number>((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: options.env ?? process.env,
      stdio: 'inherit',
    })
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

function section(title: string) {
  process.stdout.write(`\n=== ${title} ===\n`)
}

async function readJson<T>(file: string): Promise<T | undefined> {
  if (!existsSync(file)) return undefined

  return JSON.parse(await readFile(file, 'utf8')) as T
}

interface VitestReport {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  numFailedTestSuites?: number
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number }
}

async function addVitest(name: string, file: string, code: number) {
  const report = await readJson<VitestReport>(file)
  if (!report) {
    tally.failed += 1
    problems.push(`${name}: no report (exit ${code})`)

    return
  }
  tally.passed += report.numPassedTests
  tally.failed += report.numFailedTests
  tally.skipped += report.numPendingTests + report.numTodoTests
  if (code !== 0 && report.numFailedTests === 0) {
    tally.failed += 1
    problems.push(`${name}: exited ${code} (a suite failed to load?)`)
  } else if (report.numFailedTests > 0) {
    problems.push(`${name}: ${report.numFailedTests} failed`)
  }
}

async function main(): Promise<number> {
  const reports = path.join(repoRoot, '.data-test', 'reports')
  await rm(reports, { recursive: true, force: true })
  await mkdir(reports, { recursive: true })

  section('lint and typecheck')
  const staticChecks = [
    await run('npx', ['eslint', 'scripts']),
    await run('npx', ['tsc', '-p', 'tsconfig.json']),
    await run('npx', ['turbo', 'run', 'lint', 'typecheck', '--output-logs=errors-only']),
  ]
  if (staticChecks.some((code) => code !== 0)) {
    problems.push('lint or typecheck failed')
    tally.failed += 1

    return finish()
  }

  // The test stack gets its own data folder and PostgreSQL port, so it never touches the
  // demo data of `npm start`. A stack that is already running is used as it is.
  const testEnvOverrides = {
    HOABAN_DATA_DIR: process.env.HOABAN_TEST_DATA_DIR ?? '.data-test',
    POSTGRES_PORT: process.env.HOABAN_TEST_POSTGRES_PORT ?? '5441',
  }
  const runningEnv = readEnv()
  const alreadyUp = await Promise.all(
    serviceSpecs(runningEnv).map((service) => isHealthy(service.healthUrl)),
  )
  const reuse = alreadyUp.every(Boolean)
  const env = reuse ? runningEnv : readEnv({ ...process.env, ...testEnvOverrides })
  let stack: ReturnType<typeof spawn> | undefined
  if (reuse) {
    section('using the running stack')
  } else {
    if (alreadyUp.some(Boolean)) {
      problems.push('some services answer and others do not: stop the half-running stack first')
      tally.failed += 1

      return finish()
    }
    section('starting the stack (npm start with a test data folder)')
    await rm(path.join(env.dataDir, 'ready.json'), { force: true })
    stack = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: repoRoot,
      env: { ...process.env, ...testEnvOverrides },
      stdio: 'inherit',
      detached: true,
    })
    const ready = await waitForReady(path.join(env.dataDir, 'ready.json'), stack)
    if (!ready) {
      problems.push('the stack did not become ready')
      tally.failed += 1
      await stopStack(stack)

      return finish()
    }
  }

  const pgPort = reuse ? runningEnv.POSTGRES_PORT : env.POSTGRES_PORT
  const testEnv = childEnv(env, {
    HOABAN_TEST_PG_URL: `postgres://${env.POSTGRES_USER}:${env.POSTGRES_PASSWORD}@localhost:${pgPort}/postgres`,
    HOABAN_REPORT_DIR: reports,
  })

  try {
    for (const workspace of ['search-indexer', 'cms', 'commerce', 'storefront']) {
      section(`unit tests: ${workspace}`)
      const file = path.join(reports, `${workspace}.json`)
      const code = await run(
        'npx',
        ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`],
        { cwd: path.join(repoRoot, workspace), env: testEnv },
      )
      await addVitest(workspace, file, code)
    }

    section('cross-service HTTP tests')
    const httpFile = path.join(reports, 'http.json')
    const httpCode = await run(
      'npx',
      ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${httpFile}`],
      { cwd: path.join(repoRoot, 'tests'), env: testEnv },
    )
    await addVitest('tests/http', httpFile, httpCode)

    section('browser tests (Playwright, Debian chromium)')
    const e2eFile = path.join(reports, 'e2e.json')
    const e2eCode = await run('npx', ['playwright', 'test'], {
      cwd: path.join(repoRoot, 'tests'),
      env: { ...testEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eFile },
    })
    const e2e = await readJson<PlaywrightReport>(e2eFile)
    if (e2e) {
      tally.passed += e2e.stats.expected + e2e.stats.flaky
      tally.failed += e2e.stats.unexpected
      tally.skipped += e2e.stats.skipped
      if (e2e.stats.unexpected > 0) problems.push(`e2e: ${e2e.stats.unexpected} failed`)
    }
    if (!e2e || (e2eCode !== 0 && e2e.stats.unexpected === 0)) {
      tally.failed += 1
      problems.push(`e2e: exited ${e2eCode} without a usable report`)
    }
  } finally {
    if (stack) await stopStack(stack)
  }

  return finish()
}

async function waitForReady(file: string, stack: ReturnType<typeof spawn>): Promise<boolean> {
  let exited = false
  stack.on('exit', () => {
    exited = true
  })
  const deadline = Date.now() + 30 * 60_000
  while (Date.now() < deadline && !exited) {
    if (existsSync(file)) return true
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }

  return false
}

async function stopStack(stack: ReturnType<typeof spawn>): Promise<void> {
  if (stack.exitCode !== null || stack.pid === undefined) return
  const exited = new Promise((resolve) => stack.on('exit', resolve))
  process.kill(stack.pid, 'SIGTERM')
  const timer = setTimeout(() => {
    try {
      process.kill(-(stack.pid as number), 'SIGKILL')
    } catch {
      // already gone
    }
  }, 60_000)
  await exited
  clearTimeout(timer)
}

function finish(): number {
  process.stdout.write('\n')
  for (const problem of problems) process.stdout.write(`- ${problem}\n`)
  process.stdout.write(
    `tests: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped\n`,
  )

  return tally.failed === 0 && tally.passed > 0 ? 0 : 1
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
