import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPool, type Pool } from '../../db/pool.js'
import type { SearchDocument } from '../../documents/search-document.js'
import { createTestDatabase } from '../../test-support/test-database.js'
import type { SearchQuery } from '../engine.js'
import { PostgresEngine } from './postgres-engine.js'

function doc(index: number, title: string): SearchDocument {
  return {
    id: `place:${index}`,
    tenant: 'dien-bien-phu',
    locale: 'vi',
    type: index % 2 === 0 ? 'place' : 'heritage',
    source: 'cms',
    title,
    summary: '',
    text: '',
    tags: [],
    url: `/vi/places/${index}`,
    image: null,
    _geo: null,
    price: null,
    stars: null,
    productGroup: null,
    commune: null,
    dates: [],
    updatedAt: new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString(),
  }
}

const query = (q: string): SearchQuery => ({
  tenant: 'dien-bien-phu',
  locale: 'vi',
  q,
  types: [],
  stars: [],
  productGroups: [],
  communes: [],
  near: null,
  page: 1,
  hitsPerPage: 5,
})

describe('postgres engine on broad queries', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>
  let pool: Pool
  let engine: PostgresEngine

  beforeAll(async () => {
    database = await createTestDatabase()
    pool = createPool(database.url, 2)
    // Tiny limits so a few hundred rows make a "broad" query.
    engine = new PostgresEngine(pool, { exactMatchLimit: 50 })
    await engine.migrate()
    const docs = Array.from({ length: 400 }, (_, index) => doc(index, `Bản hoa ban số ${index}`))
    docs.push(doc(1000, 'Đồi Mường Phăng'), doc(1001, 'Hầm Mường Phăng'))
    await engine.upsert(docs)
    await pool.query('ANALYZE search_documents')
  })

  afterAll(async () => {
    await pool?.end()
    await database?.drop()
  })

  it('estimates the total and facets of a common word from a sample, flagged as not exhaustive', async () => {
    const result = await engine.search(query('hoa ban'))
    expect(result.exhaustive).toBe(false)
    expect(result.hits).toHaveLength(5)
    expect(result.total).toBeGreaterThan(200)
    expect(result.total).toBeLessThan(800)
    const facetSum = Object.values(result.facets.type).reduce((sum, n) => sum + n, 0)
    expect(facetSum).toBeGreaterThan(200)
  })

  it('counts a selective query exactly', async () => {
    const result = await engine.search(query('muong phang'))
    expect(result.exhaustive).toBe(true)
    expect(result.total).toBe(2)
    expect(result.facets.type).toEqual({ place: 1, heritage: 1 })
  })

  it('matches a word of two letters whole, not as a prefix', async () => {
    expect((await engine.search(query('ba'))).total).toBe(0)
    expect((await engine.search(query('ban'))).total).toBeGreaterThan(0)
  })
})
