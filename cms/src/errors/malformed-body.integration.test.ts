import type { SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../test/start-test-payload'
import { testAdminUrl, testDatabaseReachable } from '../test/test-database'

const reachable = await testDatabaseReachable()
if (!reachable) {
  console.warn(`skipping malformed body test: no PostgreSQL at ${testAdminUrl}`)
}

let t: TestPayload
let config: SanitizedConfig
let token = ''

/** Sends a request the way the REST route does: the body guard first, then Payload. */
async function send(method: string, path: string, body: BodyInit, contentType?: string) {
  const { handleEndpoints } = await import('payload')
  const { guardRequestBody } = await import('./guard-request-body')
  const headers = new Headers({ authorization: `JWT ${token}` })
  if (contentType) {
    headers.set('content-type', contentType)
  }
  const route = guardRequestBody((request: Request) => handleEndpoints({ config, request }))
  const response = await route(
    new Request(`http://localhost/api${path}`, { method, headers, body }),
  )
  const json = (await response.json()) as { errors?: { message: string }[] }

  return { status: response.status, message: json.errors?.[0]?.message ?? '' }
}

beforeAll(async () => {
  if (!reachable) {
    return
  }
  t = await startTestPayload()
  config = t.config
  await t.payload.create({
    collection: 'users',
    data: {
      email: 'admin@body.test',
      password: 'body-password',
      roles: ['platform-admin'],
    } as never,
  })
  const login = await t.payload.login({
    collection: 'users',
    data: { email: 'admin@body.test', password: 'body-password' },
  })
  token = login.token ?? ''
}, 300_000)

afterAll(async () => {
  await t?.stop()
})

describe.skipIf(!reachable)('malformed request bodies', () => {
  it.each([
    ['POST', '/stories', '{"title": "a",'],
    ['PATCH', '/stories/1', '[1,'],
    ['POST', '/users/login', '{email: admin@body.test}'],
    ['POST', '/stories', '{"title": "a"} trailing'],
  ])('%s %s with bad JSON is a 400 naming the problem', async (method, path, body) => {
    const result = await send(method, path, body, 'application/json')

    expect(result.status).toBe(400)
    expect(result.message).toMatch(/^body: not valid JSON \(.+\)$/)
  })

  it('says so for a JSON body sent with a charset parameter', async () => {
    const result = await send('POST', '/stories', '{bad', 'application/json; charset=utf-8')

    expect(result).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^body: not valid JSON/),
    })
  })

  it('names the _payload field of a multipart upload with bad JSON', async () => {
    const form = new FormData()
    form.append('_payload', '{"alt": ')
    form.append('file', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }), 'a.png')
    const result = await send('POST', '/media', form)

    expect(result.status).toBe(400)
    expect(result.message).toMatch(/^_payload: not valid JSON \(.+\)$/)
  })

  it('answers GraphQL with bad JSON with the same 400, where Payload alone throws', async () => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const { guardRequestBody } = await import('./guard-request-body')
    const request = () =>
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      })
    const response = await guardRequestBody(GRAPHQL_POST(Promise.resolve(config)))(request())
    const json = (await response.json()) as { errors: { message: string }[] }

    expect(response.status).toBe(400)
    expect(json.errors[0]?.message).toMatch(/^body: not valid JSON \(.+\)$/)
    // The regression this guards against: unguarded, the handler throws (Next answers 500).
    await expect(GRAPHQL_POST(Promise.resolve(config))(request())).rejects.toThrow(/Invalid JSON/)
  })

  it('still answers good JSON normally', async () => {
    const result = await send(
      'POST',
      '/stories',
      '{"title": "ok", "slug": "ok"}',
      'application/json',
    )

    expect(result.status).toBeLessThan(500)
    expect(result.message).not.toMatch(/JSON/)
  })
})
