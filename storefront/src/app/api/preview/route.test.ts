import { beforeEach, describe, expect, it, vi } from 'vitest'

const draft = { isEnabled: false, enable: vi.fn(), disable: vi.fn() }
vi.mock('next/headers', () => ({ draftMode: async () => draft }))

const { GET } = await import('./route')
const { previewSignature } = await import('@/clients/cms/preview-link')
const { env } = await import('@/config/env')

const link = (path: string, exp: number, secret = env().PREVIEW_SECRET) =>
  new Request(
    `http://muong-phang.localhost:8000/api/preview?${new URLSearchParams({
      path,
      exp: String(exp),
      sig: previewSignature(secret, path, exp),
    })}`,
  )
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600

beforeEach(() => {
  draft.enable.mockClear()
  draft.disable.mockClear()
})

describe('GET /api/preview', () => {
  it('turns draft mode on for a link the CMS signed and redirects to the page on this host', async () => {
    const response = await GET(link('/en/stories/ban-men', inAnHour()))

    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/en/stories/ban-men')
    expect(draft.enable).toHaveBeenCalledOnce()
  })

  it('refuses a link signed with another secret, or expired, and leaves draft mode off', async () => {
    const forged = await GET(link('/stories/x', inAnHour(), 'another-secret-0123456789'))
    const expired = await GET(link('/stories/x', Math.floor(Date.now() / 1000) - 5))

    expect(forged.status).toBe(403)
    expect(((await forged.json()) as { message: string }).message).toMatch(/^sig: .*not signed/)
    expect(expired.status).toBe(403)
    expect(((await expired.json()) as { message: string }).message).toMatch(/expired/)
    expect(draft.enable).not.toHaveBeenCalled()
  })

  it('names the bad parameter, and never redirects off the site', async () => {
    const offSite = await GET(link('//evil.example/x', inAnHour()))
    const missing = await GET(new Request('http://localhost:8000/api/preview?path=/x'))

    expect(offSite.status).toBe(400)
    expect(((await offSite.json()) as { message: string }).message).toMatch(/^path: /)
    expect(missing.status).toBe(400)
    expect(((await missing.json()) as { message: string }).message).toMatch(/^(exp|sig): /)
    expect(draft.enable).not.toHaveBeenCalled()
  })

  it('turns draft mode off with exit=1', async () => {
    const response = await GET(new Request('http://localhost:8000/api/preview?exit=1'))

    expect(response.status).toBe(307)
    expect(draft.disable).toHaveBeenCalledOnce()
  })
})
