import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload, SanitizedConfig } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { livePreviewFor as LivePreviewFor } from '../collections/shared/live-preview-url'
import type { StorefrontRevalidation } from '../storefront/revalidate-storefront'
import { startTestPayload, type TestPayload } from '../test/start-test-payload'
import { testAdminUrl, testDatabaseReachable } from '../test/test-database'
import { previewSignature } from './sign-preview-path'

const reachable = await testDatabaseReachable()
if (!reachable) {
  console.warn(`skipping preview test: no PostgreSQL at ${testAdminUrl}`)
}

const previewSecret = 'test-preview-secret-0123456789'
const revalidateSecret = 'test-revalidate-secret-0123456789'
// Modules that read config/env are imported after startTestPayload has set the environment.
const previewKeyHeader = 'x-hoaban-preview-key'
let livePreviewFor: typeof LivePreviewFor

let t: TestPayload
let payload: Payload
let config: SanitizedConfig
let storefront: Server
let tenant: number | string
const received: { body: StorefrontRevalidation; secret: string }[] = []
let refuse = false

/** A REST GET with an optional preview key, as the storefront sends it in draft mode. */
async function getJson(path: string, key?: string) {
  const request = new Request(`http://localhost/api${path}`, {
    headers: key ? { [previewKeyHeader]: key } : {},
  })
  const { handleEndpoints } = await import('payload')
  const response = await handleEndpoints({ config, request })

  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

const titles = (json: Record<string, unknown>) =>
  ((json.docs as { title: string }[] | undefined) ?? []).map((doc) => doc.title).sort()

beforeAll(async () => {
  if (!reachable) {
    return
  }
  storefront = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      if (req.url === '/api/revalidate') {
        received.push({
          body: JSON.parse(body) as StorefrontRevalidation,
          secret: String(req.headers['x-revalidate-secret']),
        })
      }
      res.writeHead(refuse ? 500 : 200).end('{}')
    })
  })
  await new Promise<void>((resolve) => storefront.listen(0, '127.0.0.1', resolve))
  t = await startTestPayload({
    env: {
      PREVIEW_SECRET: previewSecret,
      REVALIDATE_SECRET: revalidateSecret,
      STOREFRONT_URL: `http://127.0.0.1:${(storefront.address() as AddressInfo).port}`,
    },
  })
  payload = t.payload
  config = t.config
  livePreviewFor = (await import('../collections/shared/live-preview-url')).livePreviewFor
  const strategy = await import('./storefront-preview-strategy')
  expect(strategy.previewKeyHeader).toBe(previewKeyHeader)
  tenant = (
    await payload.create({
      collection: 'tenants',
      data: { name: 'P', slug: 'tenant-p', defaultLocale: 'vi' },
    })
  ).id
  const published = await payload.create({
    collection: 'stories',
    context: { skipSearchSync: true },
    data: { title: 'published', slug: 'story-a', tenant, _status: 'published' } as never,
  })
  await payload.update({
    collection: 'stories',
    id: published.id,
    draft: true,
    context: { skipSearchSync: true },
    data: { title: 'draft change', _status: 'draft' } as never,
  })
  await payload.create({
    collection: 'stories',
    draft: true,
    context: { skipSearchSync: true },
    data: { title: 'draft only', slug: 'story-b', tenant, _status: 'draft' } as never,
  })
}, 300_000)

afterAll(async () => {
  await t?.stop()
  storefront?.closeAllConnections()
  storefront?.close()
})

describe.skipIf(!reachable)('storefront preview', () => {
  it('reads drafts only with the preview key; public and wrong-key reads stay published', async () => {
    const path = `/stories?draft=true&where[tenant][equals]=${tenant}&depth=0`
    const publicDraftRead = await getJson(path)
    const wrongKey = await getJson(path, 'not-the-preview-secret-000')
    const publicRead = await getJson(`/stories?where[tenant][equals]=${tenant}`)
    const preview = await getJson(path, previewSecret)

    // Anonymous draft=true gets no draft: story-a's latest version is a draft, so none at all.
    expect(titles(publicDraftRead.json)).toEqual([])
    expect(titles(wrongKey.json)).toEqual([])
    expect(titles(publicRead.json)).toEqual(['published'])
    expect(titles(preview.json)).toEqual(['draft change', 'draft only'])
    // Without draft=true the preview reader gets the main documents, as staff do.
    const main = await getJson(`/stories?where[tenant][equals]=${tenant}`, previewSecret)
    expect(titles(main.json)).toEqual(['draft only', 'published'])
  })

  it('writes nothing with the preview key', async () => {
    const key = { [previewKeyHeader]: previewSecret, 'content-type': 'application/json' }
    const { handleEndpoints } = await import('payload')
    const send = (method: string, path: string, body?: unknown) =>
      handleEndpoints({
        config,
        request: new Request(`http://localhost/api${path}`, {
          method,
          headers: key,
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      })
    const story = (
      await payload.find({ collection: 'stories', where: { slug: { equals: 'story-a' } } })
    ).docs[0]!

    expect((await send('POST', '/stories', { title: 'x', slug: 'x', tenant })).status).toBe(403)
    expect(
      (await send('PATCH', `/stories/${story.id}`, { title: 'x' })).status,
    ).toBeGreaterThanOrEqual(400)
    expect((await send('DELETE', `/stories/${story.id}`)).status).toBeGreaterThanOrEqual(400)
    expect((await send('GET', '/users')).status).toBe(403)
    expect((await payload.findByID({ collection: 'stories', id: story.id })).title).toBe(
      'published',
    )
  })

  it('links the live preview to the signed storefront preview route of the page', async () => {
    const url = new URL(
      await livePreviewFor('stories')({
        data: { slug: 'story-b', tenant },
        locale: 'en',
        req: { payload } as never,
      }),
    )
    const path = url.searchParams.get('path')!
    const exp = Number(url.searchParams.get('exp'))

    expect(url.pathname).toBe('/api/preview')
    expect(path).toBe('/en/stories/story-b')
    expect(exp).toBeGreaterThan(Date.now() / 1000)
    expect(url.searchParams.get('sig')).toBe(previewSignature(previewSecret, path, exp))
    expect(url.toString()).not.toContain(previewSecret)

    // The admin's Preview button: the same signed link, Vietnamese without a locale prefix.
    const button = payload.collections.stories.config.admin.preview!
    const viUrl = new URL(
      (await button(
        { slug: 'story-b', tenant },
        { locale: 'vi', req: { payload } as never, token: null },
      ))!,
    )
    expect(viUrl.pathname).toBe('/api/preview')
    expect(viUrl.searchParams.get('path')).toBe('/stories/story-b')
  })
})

describe.skipIf(!reachable)('storefront revalidation', () => {
  const save = async (run: (context: Record<string, unknown>) => Promise<unknown>) => {
    const pending: Promise<unknown>[] = []
    const context = { storefrontRevalidations: pending, searchNotifications: [] }
    await run(context)
    await Promise.all(pending)
  }

  it('asks the storefront on publish, unpublish and delete only', async () => {
    received.length = 0
    let id: number | string = 0
    await save(async (context) => {
      id = (
        await payload.create({
          collection: 'stories',
          context,
          data: { title: 'r', slug: 'story-r', tenant, _status: 'published' } as never,
        })
      ).id
    })
    await save((context) =>
      payload.update({
        collection: 'stories',
        id,
        draft: true,
        context,
        data: { title: 'r2', _status: 'draft' } as never,
      }),
    )
    await save((context) =>
      payload.create({
        collection: 'stories',
        draft: true,
        context,
        data: { title: 'new draft', slug: 'story-d', tenant, _status: 'draft' } as never,
      }),
    )
    await save((context) =>
      payload.update({
        collection: 'stories',
        id,
        context,
        data: { _status: 'draft' } as never,
      }),
    )
    await save((context) => payload.delete({ collection: 'stories', id, context }))
    let settings: { id: number | string } = { id: 0 }
    await save(async (context) => {
      settings = await payload.create({
        collection: 'site-settings',
        context,
        data: { tenant, siteName: 's' } as never,
      })
    })
    await save((context) =>
      payload.update({
        collection: 'site-settings',
        id: settings.id,
        context,
        data: { siteName: 't' },
      }),
    )

    const png = await sharp({
      create: { width: 8, height: 8, channels: 3, background: '#888' },
    })
      .png()
      .toBuffer()
    let image: { id: number | string } = { id: 0 }
    await save(async (context) => {
      image = await payload.create({
        collection: 'media',
        context,
        data: { tenant, alt: 'a' } as never,
        file: { data: png, mimetype: 'image/png', name: 'r.png', size: png.length },
      })
    })
    await save((context) => payload.delete({ collection: 'media', id: image.id, context }))

    expect(received.map((entry) => `${entry.body.collection} ${entry.body.op}`)).toEqual([
      'stories publish',
      'stories unpublish',
      'stories delete',
      'site-settings update',
      'site-settings update',
      'media update',
      'media delete',
    ])
    expect(new Set(received.map((entry) => entry.body.tenant))).toEqual(new Set([String(tenant)]))
    expect(new Set(received.map((entry) => entry.secret))).toEqual(new Set([revalidateSecret]))
  })

  it('a storefront that fails does not fail the editor’s save', async () => {
    refuse = true
    try {
      let saved: { title?: string } | undefined
      await save(async (context) => {
        saved = await payload.create({
          collection: 'stories',
          context,
          data: { title: 'still saved', slug: 'story-s', tenant, _status: 'published' } as never,
        })
      })

      expect(saved?.title).toBe('still saved')
    } finally {
      refuse = false
    }
  })
})
