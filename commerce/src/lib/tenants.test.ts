import { describe, expect, it } from 'vitest'
import {
  publishableKeyTitle,
  salesChannelName,
  slugFromKeyTitle,
  storefrontUrlFor,
} from './tenants'

describe('tenant naming contract', () => {
  const tenant = { slug: 'muong-phang', name: 'Mường Phăng' }

  it('names the sales channel `Hoa Ban – <name>`', () => {
    expect(salesChannelName(tenant)).toBe('Hoa Ban – Mường Phăng')
  })

  it('ends the key title with the slug in brackets, and reads it back', () => {
    const title = publishableKeyTitle(tenant)

    expect(title.endsWith('(muong-phang)')).toBe(true)
    expect(title).toContain('Mường Phăng')
    expect(slugFromKeyTitle(title)).toBe('muong-phang')
    expect(slugFromKeyTitle('Default Publishable API Key')).toBeNull()
  })
})

describe('storefrontUrlFor', () => {
  const local = { STOREFRONT_URL: 'http://127.0.0.1:8000/', DEFAULT_TENANT: 'dien-bien-phu' }

  it('keeps STOREFRONT_URL for the default tenant', () => {
    expect(storefrontUrlFor('dien-bien-phu', local)).toBe('http://127.0.0.1:8000')
  })

  it('uses <slug>.localhost with the same port for another tenant on a local host', () => {
    expect(storefrontUrlFor('muong-phang', local)).toBe('http://muong-phang.localhost:8000')
  })

  it('puts the slug in front of a public host', () => {
    const env = { STOREFRONT_URL: 'https://hoaban.vn', DEFAULT_TENANT: 'dien-bien-phu' }

    expect(storefrontUrlFor('muong-phang', env)).toBe('https://muong-phang.hoaban.vn')
  })
})
