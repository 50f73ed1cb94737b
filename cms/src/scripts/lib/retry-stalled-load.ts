/**
 * Runs a script under tsx and retries it when Node stalls while loading Payload's module graph.
 *
 * On Node 20 the ESM import of @payloadcms/richtext-lexical sometimes never settles: the process
 * either hangs or exits with code 13 ("unsettled top-level await") before doing anything. The
 * child runs with LEXICAL_SAFE_CONDITIONS, which removes the cause; it reports `loaded` over IPC
 * once its imports are done, and a stall that still happens is retried.
 * Usage: tsx src/scripts/lib/retry-stalled-load.ts <script.ts> [args…]
 */
import { spawn } from 'node:child_process'
import { LEXICAL_SAFE_CONDITIONS } from './lexical-safe-conditions'

const [script, ...args] = process.argv.slice(2)
const attempts = 5
const loadTimeoutMs = 45_000

function runOnce(): Promise<{ code: number; loaded: boolean }> {
  return new Promise((resolve) => {
    let loaded = false
    const child = spawn(
      process.execPath,
      [LEXICAL_SAFE_CONDITIONS, '--import', 'tsx', script ?? '', ...args],
      {
        stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      },
    )
    const timer = setTimeout(() => {
      if (!loaded) {
        child.kill('SIGKILL')
      }
    }, loadTimeoutMs)
    child.on('message', (message) => {
      if (message === 'loaded') {
        loaded = true
        clearTimeout(timer)
      }
    })
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      resolve({ code: code ?? (signal ? 1 : 0), loaded })
    })
  })
}

async function main(): Promise<number> {
  if (!script) {
    console.error('usage: retry-stalled-load <script.ts> [args…]')

    return 2
  }
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const { code, loaded } = await runOnce()
    if (loaded) {
      return code
    }
    console.error(`${script}: module loading stalled (attempt ${attempt}/${attempts}), retrying`)
  }

  return 1
}

main().then((code) => process.exit(code))
