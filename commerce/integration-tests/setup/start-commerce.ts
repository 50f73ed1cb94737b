import { type ChildProcess, spawn } from 'node:child_process'
import { openSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

/** The commerce workspace, where `medusa start` runs. */
export const commerceDir = path.resolve(__dirname, '../..')

/** Scratch folder for logs and notifications of the test servers. */
export const tmpDir = path.join(commerceDir, 'integration-tests/.tmp')

/** A commerce server started for tests. */
export type StartedCommerce = { url: string; process: ChildProcess; stop: () => Promise<void> }

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()))
    })
  })
}

/**
 * Starts `medusa start` from source on 127.0.0.1 with `env`, its output in `tmpDir/<log>`, and
 * waits until /health answers. `stop` ends its whole process group.
 */
export async function startCommerce(input: {
  env: NodeJS.ProcessEnv
  log: string
  port?: number
  timeoutMs?: number
}): Promise<StartedCommerce> {
  const port = input.port ?? (await freePort())
  const out = openSync(path.join(tmpDir, input.log), 'w')
  const child = spawn('npx', ['medusa', 'start', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: commerceDir,
    env: input.env,
    stdio: ['ignore', out, out],
    detached: true,
  })
  const stop = async () => {
    if (!child.pid || child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((r) => child.once('exit', r))
    process.kill(-child.pid, 'SIGTERM')
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))])
  }
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + (input.timeoutMs ?? 120_000)
  for (;;) {
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    if (Date.now() > deadline || child.exitCode !== null) {
      await stop()
      throw new Error(`commerce did not start; see integration-tests/.tmp/${input.log}`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }

  return { url, process: child, stop }
}
