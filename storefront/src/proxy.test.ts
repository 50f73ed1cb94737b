import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { proxy } from './proxy'

function request(path: string, headers: Record<string, string>) {
  return new NextRequest(new URL(path, 'http://localhost:8000'), { headers })
}

/** The request headers the proxy hands on to the page (Next's override convention). */
function forwardedHeader(response: Response, name: string): string | null {
  return response.headers.get(`x-middleware-request-${name}`)
}

describe('proxy', () => {
  it('rewrites Vietnamese paths to the internal /vi route', () => {
    const response = proxy(request('/shop', { host: 'localhost:8000' }))
    expect(new URL(response.headers.get('x-middleware-rewrite') ?? '').pathname).toBe('/vi/shop')
    expect(forwardedHeader(response, 'x-public-path')).toBe('/shop')
  })

  it('serves English paths as they are', () => {
    const response = proxy(request('/en/shop', { host: 'localhost:8000' }))
    expect(response.headers.get('x-middleware-rewrite')).toBeNull()
    expect(forwardedHeader(response, 'x-public-path')).toBe('/en/shop')
  })

  // Regression: the rewritten pass arrives with the server's host, which served every
  // <slug>.localhost visitor the default tenant.
  it("keeps the visitor's host through the rewrite pass", () => {
    const first = proxy(request('/', { host: 'muong-phang.localhost:8000' }))
    expect(forwardedHeader(first, 'x-hoaban-host')).toBe('muong-phang.localhost:8000')
    const second = proxy(
      request('/vi', { host: 'localhost:8000', 'x-hoaban-host': 'muong-phang.localhost:8000' }),
    )
    expect(forwardedHeader(second, 'x-hoaban-host')).toBe('muong-phang.localhost:8000')
    expect(forwardedHeader(second, 'x-public-path')).toBe('/')
  })
})
