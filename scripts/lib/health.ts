/** One service's health check. */
export interface HealthTarget {
  name: string
  url: string
}

/** True when the URL answers 2xx within the timeout. */
export async function isHealthy(url: string, timeoutMs = 2_000): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })

    return response.ok
  } catch {
    return false
  }
}

/**
 * Polls a health URL until it answers 2xx. Rejects after the deadline, or at once when
 * `abandon` resolves first (the service's process died).
 */
export async function waitUntilHealthy(
  target: HealthTarget,
  deadlineMs: number,
  abandon?: Promise<unknown>,
): Promise<number> {
  const started = Date.now()
  let gaveUp = false
  void abandon?.then(() => {
    gaveUp = true
  })
  while (!gaveUp) {
    if (await isHealthy(target.url)) return Date.now() - started
    if (Date.now() - started > deadlineMs) {
      throw new Error(`${target.name} did not answer ${target.url} within ${deadlineMs / 1000} s`)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${target.name} exited before answering ${target.url}`)
}
