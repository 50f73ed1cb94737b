/**
 * `npm run migrate`: applies the committed migrations with `payload migrate`, then asks
 * `payload migrate:status` and fails unless every committed migration reports as run
 * (on a fresh database `payload migrate` has been seen to exit 0 without creating tables).
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { migrations } from '../migrations'
import { findPendingMigrations } from './find-pending-migrations'
import { LEXICAL_SAFE_CONDITIONS } from './lib/lexical-safe-conditions'

const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

function runPayload(args: string[]): { status: number; output: string } {
  const result = spawnSync('npx', ['payload', ...args], {
    cwd: cmsRoot,
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${LEXICAL_SAFE_CONDITIONS}`.trim(),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    encoding: 'utf8',
    timeout: 300_000,
  })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
  process.stdout.write(output)

  return { status: result.status ?? 1, output }
}

// A stalled module load makes the CLI exit early (sometimes with 0), so check and retry. A
// status run that stalls prints no table at all: that says nothing about the database, so it
// is asked again rather than counted as "everything pending".
const attempts = 5
const committed = migrations.map((migration) => migration.name)

/** Pending migrations from a status run that printed its table; undefined when none did. */
function readPending(): string[] | undefined {
  for (let tries = 0; tries < 3; tries += 1) {
    const status = runPayload(['migrate:status'])
    if (status.output.includes('│')) return findPendingMigrations(committed, status.output)
  }

  return undefined
}

let pending: string[] = committed
for (let attempt = 1; attempt <= attempts && pending.length > 0; attempt += 1) {
  const migrate = runPayload(['migrate'])
  if (migrate.status !== 0 && migrate.status !== 13) {
    console.error(`payload migrate failed with exit code ${migrate.status}`)
    process.exit(1)
  }
  pending = readPending() ?? committed
  if (pending.length > 0) {
    console.error(`attempt ${attempt}/${attempts}: still pending: ${pending.join(', ')}`)
  }
}
if (pending.length > 0) {
  console.error(`migrations still pending after payload migrate: ${pending.join(', ')}`)
  process.exit(1)
}
console.log(`all ${migrations.length} migrations applied`)
