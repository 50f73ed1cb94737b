import { beforeEach, describe, expect, it, vi } from 'vitest'

const revalidateTag = vi.fn()
vi.mock('next/cache', () => ({ revalidateTag }))

const { POST } = await import('./route')
const { env } = await import('@/config/env')

const post = (body: unknown, secret: string | null = env().REVALIDATE_SECRET) =>
  POST(
    new Request('http://127.0.0.1:8000/api/revalidate', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(secret === null ? {} : { 'x-revalidate-secret': secret }),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  )
const change = { tenant: '12', collection: 'heritage-sites', id: '40', op: 'unpublish' }

beforeEach(() => revalidateTag.mockClear())

describe('POST /api/revalidate', () => {
  it('expires every cached CMS answer of the tenant at once', async () => {
    const response = await post(change)

    expect(response.status).toBe(200)
    expect(revalidateTag).toHaveBeenCalledExactlyOnceWith('cms:12', { expire: 0 })
  })

  it('refuses a missing or wrong secret and revalidates nothing', async () => {
    expect((await post(change, null)).status).toBe(403)
    expect((await post(change, 'wrong-secret-0123456789')).status).toBe(403)
    expect(revalidateTag).not.toHaveBeenCalled()
  })

  it('names the bad field of a malformed body', async () => {
    const badOp = await post({ ...change, op: 'explode' })
    const notJson = await post('{tenant')

    expect(badOp.status).toBe(400)
    expect(((await badOp.json()) as { message: string }).message).toMatch(/^op: /)
    expect(notJson.status).toBe(400)
    expect(((await notJson.json()) as { message: string }).message).toBe('body: must be JSON')
    expect(revalidateTag).not.toHaveBeenCalled()
  })
})
