import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'

const draft = { isEnabled: false }
vi.mock('next/headers', () => ({ draftMode: async () => draft }))

const { cmsRead, previewKeyHeader } = await import('./cms-read')
const { env } = await import('@/config/env')

type Call = { url: URL; init: RequestInit & { next?: { revalidate?: number; tags?: string[] } } }
const calls: Call[] = []

beforeEach(() => {
  calls.length = 0
  vi.stubGlobal('fetch', async (url: string, init: Call['init']) => {
    calls.push({ url: new URL(url), init })

    return Response.json({ docs: [{ id: 1 }] })
  })
})
afterEach(() => {
  vi.unstubAllGlobals()
  draft.isEnabled = false
})

const read = () =>
  cmsRead(
    'stories',
    '7',
    { 'where[tenant][equals]': '7', locale: 'en' },
    z.object({ docs: z.array(z.object({ id: z.number() })) }),
  )

describe('cmsRead', () => {
  it('asks visitors’ reads for published documents, cached 30 s under the tenant’s tags', async () => {
    await read()
    const call = calls[0]!

    expect(call.url.pathname).toBe('/api/stories')
    expect(call.url.searchParams.has('draft')).toBe(false)
    expect(JSON.stringify(call.init.headers)).not.toContain(previewKeyHeader)
    expect(call.init.next).toEqual({ revalidate: 30, tags: ['cms:7', 'cms:7:stories'] })
  })

  it('in draft mode asks for drafts with the preview key and caches nothing', async () => {
    draft.isEnabled = true
    await read()
    const call = calls[0]!

    expect(call.url.searchParams.get('draft')).toBe('true')
    expect((call.init.headers as Record<string, string>)[previewKeyHeader]).toBe(
      env().PREVIEW_SECRET,
    )
    expect(call.init.cache).toBe('no-store')
    expect(call.init.next).toBeUndefined()
  })

  it('treats a read outside a request as public', async () => {
    const headers = await import('next/headers')
    vi.spyOn(headers, 'draftMode').mockRejectedValueOnce(new Error('outside a request scope'))
    await read()

    expect(calls[0]!.url.searchParams.has('draft')).toBe(false)
  })
})
