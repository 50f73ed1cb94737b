import { describe, expect, it } from 'vitest'
import { parseEnv } from './env'

describe('parseEnv', () => {
  it('works with no variables at all', () => {
    const env = parseEnv({})
    expect(env).toMatchObject({
      CMS_URL: 'http://127.0.0.1:3000',
      COMMERCE_URL: 'http://127.0.0.1:9000',
      DEFAULT_TENANT: 'dien-bien-phu',
      UPSTREAM_TIMEOUT_MS: 4000,
      // The CMS has the same defaults, so preview and revalidation work with no .env.
      PREVIEW_SECRET: 'hoaban-dev-preview-secret-change-me',
      REVALIDATE_SECRET: 'hoaban-dev-revalidate-secret-change-me',
    })
    expect(env.MAP_STYLE_URL).toBeUndefined()
  })

  it('treats blank values as unset, as an .env copied from .env.example has them', () => {
    expect(parseEnv({ MAP_STYLE_URL: '', CMS_URL: '' }).CMS_URL).toBe('http://127.0.0.1:3000')
  })

  it('names the bad variable', () => {
    expect(() => parseEnv({ COMMERCE_URL: 'not a url' })).toThrow(/COMMERCE_URL/)
    expect(() => parseEnv({ DEFAULT_TENANT: 'Điện Biên' })).toThrow(/DEFAULT_TENANT/)
    expect(() => parseEnv({ PREVIEW_SECRET: 'short' })).toThrow(/PREVIEW_SECRET/)
    expect(() => parseEnv({ REVALIDATE_SECRET: 'short' })).toThrow(/REVALIDATE_SECRET/)
    expect(() => parseEnv({ STRIPE_PUBLISHABLE_KEY: 'sk_test_secret' })).toThrow(
      /STRIPE_PUBLISHABLE_KEY/,
    )
    expect(parseEnv({ STRIPE_PUBLISHABLE_KEY: 'pk_test_abc123' }).STRIPE_PUBLISHABLE_KEY).toBe(
      'pk_test_abc123',
    )
  })
})
