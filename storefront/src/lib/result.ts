import { type ErrorCode, toStorefrontError } from './errors'
import { logger } from './logger'

/** Data from one upstream source, or the reason it could not be had. */
export type Loaded<T> = { ok: true; data: T } | { ok: false; code: ErrorCode }

/**
 * Runs one upstream read so that a failure becomes a value the page can show as
 * "temporarily unavailable" instead of an error page. The failure is logged once, here.
 */
export async function load<T>(source: string, read: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await read() }
  } catch (error) {
    const failure = toStorefrontError(error)
    logger.warn({ source, code: failure.code, err: failure }, 'upstream read failed')

    return { ok: false, code: failure.code }
  }
}
