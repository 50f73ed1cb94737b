import { describe, expect, it } from 'vitest'
import { hostName, tenantKeyFromHost } from './tenant-key-from-host'

describe('tenantKeyFromHost', () => {
  it('serves the default tenant on localhost and loopback addresses, with or without port', () => {
    for (const host of [
      'localhost',
      'localhost:8000',
      '127.0.0.1',
      '127.0.0.1:8000',
      '[::1]:8000',
    ]) {
      expect(tenantKeyFromHost(host, 'dien-bien-phu')).toEqual({
        by: 'slug',
        slug: 'dien-bien-phu',
      })
    }
  })

  it('reads the slug from <slug>.localhost', () => {
    expect(tenantKeyFromHost('muong-phang.localhost:8000', 'dien-bien-phu')).toEqual({
      by: 'slug',
      slug: 'muong-phang',
    })
  })

  it('looks any other host up by domain, lowercased and without port', () => {
    expect(tenantKeyFromHost('DuLich.DienBienPhu.vn:443', 'dien-bien-phu')).toEqual({
      by: 'domain',
      domain: 'dulich.dienbienphu.vn',
    })
  })

  it('does not treat a malformed localhost subdomain as a slug', () => {
    expect(tenantKeyFromHost('a_b.localhost', 'x')).toEqual({
      by: 'domain',
      domain: 'a_b.localhost',
    })
  })

  it('falls back to the default tenant without a Host header', () => {
    expect(tenantKeyFromHost(undefined, 'muong-phang')).toEqual({ by: 'slug', slug: 'muong-phang' })
  })
})

describe('hostName', () => {
  it('drops a trailing dot and the port', () => {
    expect(hostName('Example.VN.:8080')).toBe('example.vn')
  })
})
