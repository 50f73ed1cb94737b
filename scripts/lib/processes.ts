import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { repoRoot } from './env.ts'

/** A long-running child process that owns its own process group. */
export interface ManagedProcess {
  name: string
  child: ChildProcess
  logFile: string
  exited: Promise<number | null>
}

/** How to run one command for the launcher. */
export interface RunOptions {
  name: string
  command: string
  args: string[]
  env: NodeJS.ProcessEnv
  logFile: string
  cwd?: string
}

/**
 * Starts a command in its own process group with its output appended to a log file, so the
 * whole tree (npm, node, next-server, workers) can be stopped with one signal.
 */
export function startProcess(options: RunOptions): ManagedProcess {
  const log = createWriteStream(options.logFile, { flags: 'a' })
  log.write(`\n--- ${new Date().toISOString()} ${options.command} ${options.args.join(' ')}\n`)
  const child = spawn(options.command, options.args, {
    cwd: options.cwd ?? repoRoot,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.pipe(log, { end: false })
  child.stderr?.pipe(log, { end: false })
  const exited = once(child, 'exit').then(([code]) => {
    log.end()

    return code as number | null
  })

  return { name: options.name, child, logFile: options.logFile, exited }
}

/** Runs a command to completion; rejects with the log file named when it exits non-zero. */
export async function runToCompletion(options: RunOptions): Promise<void> {
  const managed = startProcess(options)
  const code = await managed.exited
  if (code !== 0) {
    throw new Error(`${options.name} failed with exit code ${code}; see ${options.logFile}`)
  }
}

/**
 * Stops a process group: SIGTERM first, SIGKILL after the grace period. Resolves once the
 * group leader has exited.
 */
export async function stopProcess(managed: ManagedProcess, graceMs = 10_000): Promise<void> {
  const pid = managed.child.pid
  if (pid === undefined || managed.child.exitCode !== null || managed.child.signalCode !== null) {
    killGroup(pid, 'SIGKILL')

    return
  }
  killGroup(pid, 'SIGTERM')
  const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), graceMs)
  await managed.exited
  clearTimeout(timer)
  // Children that ignored SIGTERM after their parent left still belong to the group.
  killGroup(pid, 'SIGKILL')
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return
  try {
    process.kill(-pid, signal)
  } catch {
    // The group is already gone.
  }
}
