import { createHmac, randomBytes } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { callJson, cmsAdminAuthorization } from '../../support/admin-api.ts'
import { cmsTenant, stack } from '../../support/stack.ts'

const previewSecret = process.env.PREVIEW_SECRET || 'hoaban-dev-preview-secret-change-me'
const tenantSlug = 'dien-bien-phu'
const marker = () => `hbpreview${randomBytes(4).toString('hex')}`
const cleanups: (() => Promise<unknown>)[] = []
const Created = z.object({ doc: z.object({ id: z.union([z.string(), z.number()]) }) })

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined)
})

/** A story of the default tenant, published or draft only; deleted after the tests. */
async function createStory(status: 'published' | 'draft') {
  const auth = await cmsAdminAuthorization()
  const tenant = await cmsTenant(tenantSlug)
  const slug = marker()
  const title = `Bài thử nghiệm ${slug}`
  const { doc } = await callJson(
    'POST',
    `${stack.cms}/api/stories?locale=vi${status === 'draft' ? '&draft=true' : ''}`,
    auth,
    Created,
    { title, slug, tenant: tenant.id, _status: status },
  )
  const url = `${stack.cms}/api/stories/${doc.id}`
  cleanups.push(() => callJson('DELETE', url, auth, z.unknown()))

  return { auth, slug, title, url }
}

/** The storefront page of a story, as a visitor (or a previewing editor's cookie) gets it. */
async function storyPage(slug: string, cookie?: string) {
  const response = await fetch(`${stack.storefront}/stories/${slug}`, {
    headers: cookie ? { cookie } : {},
    redirect: 'manual',
  })

  return { status: response.status, html: await response.text() }
}

/** Polls until `done` or the time runs out; the milliseconds it took, or Infinity. */
async function msUntil(done: () => Promise<boolean>, limitMs: number): Promise<number> {
  const started = Date.now()
  while (Date.now() - started <= limitMs) {
    if (await done()) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 250))
  }

  return Number.POSITIVE_INFINITY
}

describe('the storefront follows CMS publishing', () => {
  it('drops an unpublished story well before its 30 s cache runs out', async () => {
    const story = await createStory('published')
    const shows = async () => (await storyPage(story.slug)).html.includes(story.title)
    expect(await msUntil(shows, 5000)).toBeLessThan(5000)

    await callJson('PATCH', `${story.url}?locale=vi`, story.auth, z.unknown(), {
      _status: 'draft',
    })
    const goneAfter = await msUntil(async () => !(await shows()), 5000)

    expect(goneAfter).toBeLessThan(5000)
  })

  it('shows a draft only to a preview the CMS signed', async () => {
    const story = await createStory('draft')
    expect((await storyPage(story.slug)).html).not.toContain(story.title)

    const path = `/stories/${story.slug}`
    const exp = Math.floor(Date.now() / 1000) + 600
    const sig = createHmac('sha256', previewSecret).update(`${path}\n${exp}`).digest('hex')
    const query = new URLSearchParams({ path, exp: String(exp), sig })
    const forgedQuery = new URLSearchParams({ path, exp: String(exp), sig: '0'.repeat(64) })
    const forged = await fetch(`${stack.storefront}/api/preview?${forgedQuery}`, {
      redirect: 'manual',
    })
    expect(forged.status).toBe(403)

    const opened = await fetch(`${stack.storefront}/api/preview?${query}`, { redirect: 'manual' })
    expect(opened.status).toBe(307)
    expect(opened.headers.get('location')).toBe(path)
    const cookie = opened.headers
      .getSetCookie()
      .map((line) => line.split(';', 1)[0])
      .join('; ')
    expect(cookie).toContain('__prerender_bypass=')

    expect((await storyPage(story.slug, cookie)).html).toContain(story.title)
    // The visitor next to the editor still gets no draft.
    expect((await storyPage(story.slug)).html).not.toContain(story.title)
  })
})
