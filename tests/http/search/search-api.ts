import { z } from 'zod'
import { stack } from '../../support/stack.ts'

export const Hit = z.object({
  id: z.string(),
  type: z.string(),
  title: z.string(),
  summary: z.string().nullish(),
  url: z.string(),
  price: z.number().nullish(),
})
export type Hit = z.infer<typeof Hit>

const Answer = z.object({ hits: z.array(Hit), total: z.number() })

/** Queries the running indexer's `GET /search` and parses the answer. */
export async function search(params: Record<string, string>): Promise<z.infer<typeof Answer>> {
  const url = new URL('/search', stack.search)
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
  url.searchParams.set('hitsPerPage', params.hitsPerPage ?? '100')
  const response = await fetch(url)
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`)

  return Answer.parse(await response.json())
}

/**
 * Polls a condition until it holds and answers the milliseconds it took; throws after
 * `limitMs` plus one last check, so a slow condition is reported with its real duration.
 */
export async function msUntil(
  condition: () => Promise<boolean>,
  limitMs: number,
  intervalMs = 50,
): Promise<number> {
  const started = performance.now()
  for (;;) {
    if (await condition()) return performance.now() - started
    const elapsed = performance.now() - started
    if (elapsed > limitMs * 3)
      throw new Error(`condition still false after ${Math.round(elapsed)} ms`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
