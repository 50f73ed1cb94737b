import { describe, expect, it } from 'vitest'
import { listenPort, readEnv } from './env.js'

describe('readEnv', () => {
  it('works with no variables at all', () => {
    const env = readEnv({})
    expect(env.SEARCH_DATABASE_URL).toBe('postgres://hoaban:hoaban@localhost:5440/hoaban_search')
    expect(env.MEILISEARCH_HOST).toBeUndefined()
    expect(env.RECONCILE_INTERVAL_SECONDS).toBe(300)
    expect(listenPort(env)).toBe(7071)
  })

  it('treats an empty MEILISEARCH_HOST as unset and prefers PORT', () => {
    const env = readEnv({ MEILISEARCH_HOST: '', PORT: '7100' })
    expect(env.MEILISEARCH_HOST).toBeUndefined()
    expect(listenPort(env)).toBe(7100)
  })

  it('names the bad variable', () => {
    expect(() => readEnv({ CMS_URL: 'not a url' })).toThrow(/CMS_URL/)
    expect(() => readEnv({ RECONCILE_INTERVAL_SECONDS: 'soon' })).toThrow(
      /RECONCILE_INTERVAL_SECONDS/,
    )
  })
})
