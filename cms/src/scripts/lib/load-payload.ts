import type { Payload } from 'payload'

/**
 * Loads the Payload config and starts Payload for a script, then tells the parent
 * (retry-stalled-load) over IPC that module loading finished. Imports are dynamic so an
 * interval keeps the event loop alive while Node resolves the module graph.
 */
export async function loadPayload(): Promise<Payload> {
  const keepAlive = setInterval(() => undefined, 1000)
  try {
    const { default: config } = await import('@payload-config')
    const { getPayload } = await import('payload')
    process.send?.('loaded')

    return await getPayload({ config })
  } finally {
    clearInterval(keepAlive)
  }
}
