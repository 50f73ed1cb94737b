import { describe, expect, it } from 'vitest'

import { demoLoginsRefused, readCmsEnv } from './env'

describe('readCmsEnv', () => {
  it('works with no variables at all, pointing at the embedded PostgreSQL', () => {
    const env = readCmsEnv({})
    expect(env.CMS_DATABASE_URI).toBe('postgres://hoaban:hoaban@localhost:5440/hoaban_cms')
    expect(env.DEMO_ADMIN_EMAIL).toBe('admin@hoaban.local')
  })

  it('names the bad variable', () => {
    expect(() => readCmsEnv({ CMS_DATABASE_URI: 'mysql://x' })).toThrow(/CMS_DATABASE_URI/)
    expect(() => readCmsEnv({ PREVIEW_SECRET: 'short' })).toThrow(/PREVIEW_SECRET/)
    expect(() => readCmsEnv({ REVALIDATE_SECRET: 'short' })).toThrow(/REVALIDATE_SECRET/)
  })

  it('shares the preview and revalidation secrets’ defaults with the storefront', () => {
    const env = readCmsEnv({})
    expect(env.PREVIEW_SECRET).toBe('hoaban-dev-preview-secret-change-me')
    expect(env.REVALIDATE_SECRET).toBe('hoaban-dev-revalidate-secret-change-me')
  })
})

describe('demoLoginsRefused', () => {
  it('follows the NODE_ENV the operator set, not the one next start forces', () => {
    const forced = { NODE_ENV: 'production' }
    expect(demoLoginsRefused(readCmsEnv({ ...forced, HOABAN_CALLER_NODE_ENV: '' }))).toBe(true)
    expect(demoLoginsRefused(readCmsEnv({ ...forced, HOABAN_CALLER_NODE_ENV: 'unset' }))).toBe(
      false,
    )
    expect(demoLoginsRefused(readCmsEnv({ ...forced, HOABAN_CALLER_NODE_ENV: 'production' }))).toBe(
      true,
    )
    expect(demoLoginsRefused(readCmsEnv({ NODE_ENV: 'development' }))).toBe(false)
  })
})
