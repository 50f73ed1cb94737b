import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { StorefrontError } from '@/lib/errors'
import { fetchJson } from './fetch-json'

let server: Server
let base: string

beforeAll(async () => {
  server = createServer((request, response) => {
    const status = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('status') ?? 200)
    response.writeHead(status, { 'content-type': 'application/json' })
    response.end(
      JSON.stringify({ docs: [{ slug: 'doi-a1', title: request.headers['x-key'] ?? 42 }] }),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const Docs = z.object({ docs: z.array(z.object({ slug: z.string(), title: z.string() })) })

async function failure(url: string): Promise<StorefrontError> {
  try {
    await fetchJson(url, Docs, { service: 'cms' })
  } catch (error) {
    if (error instanceof StorefrontError) return error
    throw error
  }
  throw new Error('expected a failure')
}

describe('fetchJson', () => {
  it('returns the validated body and sends the given headers', async () => {
    const body = await fetchJson(`${base}/api`, Docs, {
      service: 'cms',
      headers: { 'x-key': 'pk' },
    })
    expect(body.docs[0]).toEqual({ slug: 'doi-a1', title: 'pk' })
  })

  it('names the first field that does not match', async () => {
    const error = await failure(`${base}/api`)
    expect(error.code).toBe('upstream_invalid')
    expect(error.message).toContain('docs.0.title')
  })

  it('maps 404 to not_found, other 4xx to bad_request and 5xx to upstream_unavailable', async () => {
    expect((await failure(`${base}/api?status=404`)).code).toBe('not_found')
    expect((await failure(`${base}/api?status=400`)).code).toBe('bad_request')
    expect((await failure(`${base}/api?status=502`)).code).toBe('upstream_unavailable')
  })

  it('reports a service that does not answer as unavailable', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const error = await failure(`http://127.0.0.1:${port}/api`)
    expect(error.code).toBe('upstream_unavailable')
    expect(error.status).toBe(503)
  })
})
