import { describe, expect, it } from 'vitest'
import { corsOrigins, demoLoginsRefused, isDemoAccount, readEnv } from './env'

describe('readEnv', () => {
  it('works with no variables at all, using the .env.example defaults', () => {
    const env = readEnv({})

    expect(env.COMMERCE_DATABASE_URL).toBe(
      'postgres://hoaban:hoaban@localhost:5440/hoaban_commerce',
    )
    expect(env.REDIS_URL).toBeUndefined()
    expect(env.STRIPE_API_KEY).toBeUndefined()
  })

  it('treats empty strings as unset, as .env.example writes them', () => {
    const env = readEnv({ REDIS_URL: '', STRIPE_API_KEY: '  ' })

    expect(env.REDIS_URL).toBeUndefined()
    expect(env.STRIPE_API_KEY).toBeUndefined()
  })

  it('names the bad variable', () => {
    expect(() => readEnv({ COMMERCE_DATABASE_URL: 'not a url' })).toThrow(/COMMERCE_DATABASE_URL/)
    expect(() => readEnv({ REDIS_URL: 'nope' })).toThrow(/REDIS_URL/)
  })

  it('allows the storefront and CMS origins', () => {
    const cors = corsOrigins(readEnv({ STOREFRONT_URL: 'https://shop.example/' }))

    expect(cors.store.split(',')).toContain('https://shop.example')
    expect(cors.store.split(',')).toContain('http://127.0.0.1:3000')
    expect(cors.auth.split(',')).toContain('http://127.0.0.1:9000')
  })
})

describe('demo log-ins', () => {
  it('knows the demo admin and the seeded cooperative members, in any letter case', () => {
    const env = readEnv({})

    expect(isDemoAccount('Admin@HoaBan.local', env)).toBe(true)
    expect(isDemoAccount('htx-ong-mat@coop.hoaban.local', env)).toBe(true)
    expect(isDemoAccount('owner@coop.example.vn', env)).toBe(false)
    expect(isDemoAccount('tenant-admin@muong-phang.hoaban.local', env)).toBe(true)
    expect(isDemoAccount('tenant-admin@muong-phang.example.vn', env)).toBe(false)
  })

  it("are refused when the operator's NODE_ENV is production, even if medusa start forced it", () => {
    expect(demoLoginsRefused(readEnv({ HOABAN_CALLER_NODE_ENV: 'production' }))).toBe(true)
    expect(demoLoginsRefused(readEnv({ NODE_ENV: 'production' }))).toBe(true)
    expect(
      demoLoginsRefused(readEnv({ NODE_ENV: 'production', HOABAN_CALLER_NODE_ENV: 'development' })),
    ).toBe(false)
    expect(demoLoginsRefused(readEnv({}))).toBe(false)
  })
})
