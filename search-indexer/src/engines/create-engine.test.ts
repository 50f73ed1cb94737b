import { pino } from 'pino'
import { afterAll, describe, expect, it } from 'vitest'
import { readEnv } from '../config/env.js'
import { createPool } from '../db/pool.js'
import { buildServer } from '../http/build-server.js'
import { createEngine } from './create-engine.js'
import { indexSettings } from './meilisearch/index-settings.js'

// Nothing listens on the discard port: the Meilisearch engine must report itself down, not hang.
const pool = createPool('postgres://hoaban:hoaban@localhost:5440/postgres', 1)

afterAll(async () => {
  await pool.end()
})

describe('createEngine', () => {
  it('chooses PostgreSQL without MEILISEARCH_HOST and Meilisearch with it', async () => {
    expect((await createEngine(readEnv({}), pool)).name).toBe('postgres')
    const meili = await createEngine(readEnv({ MEILISEARCH_HOST: 'http://127.0.0.1:9' }), pool)
    expect(meili.name).toBe('meilisearch')
    expect(await meili.healthy()).toBe(false)
  })

  it('answers 503 on /health when the engine does not answer', async () => {
    const engine = await createEngine(readEnv({ MEILISEARCH_HOST: 'http://127.0.0.1:9' }), pool)
    const app = buildServer({ engine, logger: pino({ level: 'silent' }) })
    const response = await app.inject({ method: 'GET', url: '/health' })
    expect(response.statusCode).toBe(503)
    expect(response.json()).toEqual({ status: 'unavailable', engine: 'meilisearch' })
    await app.close()
  })
})

describe('Meilisearch index settings', () => {
  it('filter by tenant, facet the four facets, sort by place, and tolerate one typo from four letters', () => {
    const settings = indexSettings('vi')
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining(['tenant', 'type', 'stars', 'productGroup', 'commune', '_geo']),
    )
    expect(settings.sortableAttributes).toContain('_geo')
    expect(settings.typoTolerance).toMatchObject({ minWordSizeForTypos: { oneTypo: 4 } })
    expect(settings.localizedAttributes?.[0]?.locales).toEqual(['vie'])
    expect(indexSettings('en').localizedAttributes?.[0]?.locales).toEqual(['eng'])
  })
})
