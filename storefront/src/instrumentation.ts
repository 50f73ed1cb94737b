/**
 * Runs once when the server starts: a bad variable stops the storefront with a message that
 * names it, instead of failing on the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkEnvAtStart } = await import('./config/check-env-at-start')
    checkEnvAtStart()
  }
}
