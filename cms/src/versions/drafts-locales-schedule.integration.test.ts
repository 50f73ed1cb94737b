import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../test/start-test-payload'
import { testAdminUrl, testDatabaseReachable } from '../test/test-database'

const reachable = await testDatabaseReachable()
if (!reachable) {
  console.warn(`skipping drafts tests: no PostgreSQL at ${testAdminUrl} (HOABAN_TEST_PG_URL)`)
}

type Id = number | string
type Notification = { source: string; kind: string; id: string; tenant: string; op: string }

let t: TestPayload
let payload: Payload
let config: SanitizedConfig
let tenant: number
let indexer: Server
const received: Notification[] = []
const secrets: string[] = []

const anonymousGet = async (path: string) => {
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost/api${path}`),
  })

  return (await response.json()) as Record<string, unknown>
}

const waitFor = async (predicate: () => boolean, timeoutMs: number) => {
  const until = Date.now() + timeoutMs
  while (!predicate() && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 200))
  }

  return predicate()
}

beforeAll(async () => {
  if (!reachable) {
    return
  }
  indexer = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      secrets.push(String(req.headers['x-indexer-secret']))
      received.push(JSON.parse(body) as Notification)
      res.writeHead(202).end()
    })
  })
  await new Promise<void>((resolve) => indexer.listen(0, '127.0.0.1', resolve))
  const port = (indexer.address() as AddressInfo).port
  t = await startTestPayload({
    env: {
      SEARCH_URL: `http://127.0.0.1:${port}`,
      INDEXER_SECRET: 'test-indexer-secret',
      HOABAN_DISABLE_JOBS: 'false',
      CMS_JOBS_CRON: '*/5 * * * * *',
    },
  })
  payload = t.payload
  config = t.config
  tenant = (
    await payload.create({
      collection: 'tenants',
      data: { name: 'T', slug: 'tenant-t', defaultLocale: 'vi' },
    })
  ).id
}, 300_000)

afterAll(async () => {
  indexer?.closeAllConnections()
  indexer?.close()
  await t?.stop()
})

describe.skipIf(!reachable)('drafts, locales and scheduled publishing', () => {
  it('never shows a draft to anonymous REST or GraphQL readers, even with draft=true', async () => {
    const draft = await payload.create({
      collection: 'heritage-sites',
      draft: true,
      data: {
        title: 'Bản nháp bí mật',
        slug: 'secret-draft',
        kind: 'relic',
        tenant,
        _status: 'draft',
      },
    })
    const list = await anonymousGet('/heritage-sites?draft=true&limit=100')
    expect((list.docs as { id: Id }[]).map((doc) => doc.id)).not.toContain(draft.id)
    const byId = await anonymousGet(`/heritage-sites/${draft.id}?draft=true`)
    expect(byId.title).toBeUndefined()
    const graphql = await GRAPHQL_POST(Promise.resolve(config))(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ HeritageSites(draft: true) { docs { id title } } }' }),
      }),
    )
    const json = (await graphql.json()) as { data: { HeritageSites: { docs: { id: Id }[] } } }
    expect(json.data.HeritageSites.docs.map((doc) => doc.id)).not.toContain(draft.id)
  })

  it('publishes the Vietnamese changes while the English draft stays unpublished', async () => {
    const doc = await payload.create({
      collection: 'heritage-sites',
      locale: 'vi',
      data: { title: 'vi v1', slug: 'locale-test', kind: 'relic', tenant, _status: 'published' },
    })
    await payload.update({
      collection: 'heritage-sites',
      id: doc.id,
      locale: 'en',
      data: { title: 'en v1', _status: 'published' },
    })
    await payload.update({
      collection: 'heritage-sites',
      id: doc.id,
      locale: 'en',
      draft: true,
      data: { title: 'en v2 draft', _status: 'draft' },
    })
    await payload.update({
      collection: 'heritage-sites',
      id: doc.id,
      locale: 'vi',
      draft: true,
      data: { title: 'vi v2', _status: 'draft' },
    })
    await payload.update({
      collection: 'heritage-sites',
      id: doc.id,
      locale: 'vi',
      publishSpecificLocale: 'vi',
      data: { _status: 'published' },
    })

    expect((await anonymousGet(`/heritage-sites/${doc.id}?locale=vi`)).title).toBe('vi v2')
    expect((await anonymousGet(`/heritage-sites/${doc.id}?locale=en`)).title).toBe('en v1')
  })

  it('notifies the indexer on publish, unpublish and delete, and not for a draft over a published page', async () => {
    received.length = 0
    const doc = await payload.create({
      collection: 'festivals',
      data: { title: 'Lễ hội', slug: 'notify-test', tenant, _status: 'published' },
    })
    const id = String(doc.id)
    expect(await waitFor(() => received.some((n) => n.id === id && n.op === 'upsert'), 5000)).toBe(
      true,
    )
    expect(received.find((n) => n.id === id)).toEqual({
      source: 'cms',
      kind: 'festival',
      id,
      tenant: 'tenant-t',
      op: 'upsert',
    })
    expect(secrets).toContain('test-indexer-secret')

    received.length = 0
    await payload.update({
      collection: 'festivals',
      id: doc.id,
      draft: true,
      data: { title: 'draft only', _status: 'draft' },
    })
    await payload.update({ collection: 'festivals', id: doc.id, data: { _status: 'draft' } })
    expect(await waitFor(() => received.some((n) => n.op === 'delete'), 5000)).toBe(true)
    expect(received.map((n) => n.op)).toEqual(['delete'])

    received.length = 0
    await payload.delete({ collection: 'festivals', id: doc.id })
    expect(await waitFor(() => received.length > 0, 5000)).toBe(true)
    expect(received[0]).toMatchObject({ id, op: 'delete', kind: 'festival' })
  })

  it('refuses to delete a tenant that still owns content, naming what is left', async () => {
    const owner = await payload.create({
      collection: 'tenants',
      data: { name: 'O', slug: 'tenant-owner', defaultLocale: 'vi' },
    })
    await payload.create({
      collection: 'heritage-sites',
      data: {
        title: 'Di tích',
        slug: 'owned-site',
        kind: 'relic',
        tenant: owner.id,
        _status: 'published',
      },
    })
    const error = await payload
      .delete({ collection: 'tenants', id: owner.id })
      .catch((caught: unknown) => caught)
    expect(error).toMatchObject({
      status: 422,
      message: expect.stringMatching(/^tenant: still owns 1 heritage-sites/),
    })
    const left = await payload.count({
      collection: 'heritage-sites',
      where: { tenant: { equals: owner.id } },
    })
    expect(left.totalDocs).toBe(1)

    const empty = await payload.create({
      collection: 'tenants',
      data: { name: 'E', slug: 'tenant-empty', defaultLocale: 'vi' },
    })
    await payload.delete({ collection: 'tenants', id: empty.id })
    const gone = await payload.count({ collection: 'tenants', where: { id: { equals: empty.id } } })
    expect(gone.totalDocs).toBe(0)
  })

  it('saves even when the indexer is down', async () => {
    indexer.closeAllConnections()
    await new Promise<void>((resolve) => indexer.close(() => resolve()))
    const doc = await payload.create({
      collection: 'places',
      data: {
        title: 'Chợ',
        slug: 'indexer-down',
        category: 'market',
        tenant,
        _status: 'published',
      },
    })
    expect((await anonymousGet(`/places/${doc.id}`)).title).toBe('Chợ')
  })

  it('publishes a document scheduled a minute ahead without anyone touching it', async () => {
    const doc = await payload.create({
      collection: 'stories',
      draft: true,
      data: { title: 'Hẹn giờ', slug: 'scheduled', tenant, _status: 'draft' },
    })
    const waitUntil = new Date(Date.now() + 60_000)
    await payload.jobs.queue({
      task: 'schedulePublish',
      waitUntil,
      // The admin queues the id as a string; the task converts it back.
      input: { type: 'publish', doc: { relationTo: 'stories', value: String(doc.id) as never } },
    })
    expect((await anonymousGet(`/stories/${doc.id}`)).title).toBeUndefined()
    let title: unknown
    const until = Date.now() + 100_000
    while (Date.now() < until) {
      title = (await anonymousGet(`/stories/${doc.id}`)).title
      if (title) {
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 2000))
    }
    expect(title).toBe('Hẹn giờ')
    expect(Date.now()).toBeGreaterThanOrEqual(waitUntil.getTime())
  }, 150_000)
})
