import { parseEnv } from './env'

/** Validates the environment; on a bad value prints which variable and exits with status 1. */
export function checkEnvAtStart(): void {
  try {
    parseEnv(process.env)
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
}
