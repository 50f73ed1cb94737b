import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createIndexer, type Indexer } from '../create-indexer.js'
import type { FakeState } from '../test-support/fake-sources.js'
import { startFakeSources } from '../test-support/fake-sources.js'
import { referenceState } from '../test-support/reference-state.js'
import { createTestDatabase } from '../test-support/test-database.js'
import type { SearchResult } from './engine.js'

const secret = 'contract-test-secret'

type EngineSetup = {
  name: string
  env: { MEILISEARCH_HOST?: string; MEILISEARCH_API_KEY?: string }
}

async function eventually<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 2000) {
  const deadline = Date.now() + timeoutMs
  let value = await probe()
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    value = await probe()
  }

  return value
}

/** The behaviour every engine must show, run against real sources served over HTTP. */
function engineContract(setup: EngineSetup) {
  let state: FakeState
  let indexer: Indexer
  let sources: Awaited<ReturnType<typeof startFakeSources>>
  let database: Awaited<ReturnType<typeof createTestDatabase>>

  const search = async (params: Record<string, string>): Promise<SearchResult> => {
    const response = await indexer.app.inject({ method: 'GET', url: '/search', query: params })
    expect(response.statusCode, response.body).toBe(200)

    return response.json<SearchResult>()
  }
  const ids = (result: SearchResult) => result.hits.map((hit) => hit.id)
  const notify = (body: Record<string, unknown>, headerSecret = secret) =>
    indexer.app.inject({
      method: 'POST',
      url: '/notify',
      headers: { 'x-indexer-secret': headerSecret },
      payload: body,
    })
  const cmsId = (slug: string) => {
    const doc = state.cms.find((item) => item.slug === slug)
    if (doc === undefined) throw new Error(`no CMS document ${slug}`)

    return doc
  }
  const product = (handle: string) => {
    const found = state.products.find((item) => item.handle === handle)
    if (found === undefined) throw new Error(`no product ${handle}`)

    return found
  }
  /** Every document of a tenant in the index, by locale and id, with its title. */
  const indexed = async (tenant: string) => {
    const out = new Map<string, string>()
    for (const locale of ['vi', 'en']) {
      for (let page = 1; ; page += 1) {
        const result = await search({ tenant, locale, page: String(page), hitsPerPage: '100' })
        for (const hit of result.hits) out.set(`${locale}|${hit.id}`, hit.title)
        if (result.hits.length < 100) break
      }
    }

    return out
  }
  /** What the sources publish for a tenant, computed from their state, not through the mappers. */
  const expected = (tenant: string) => {
    const out = new Map<string, string>()
    for (const locale of ['vi', 'en'] as const) {
      for (const doc of state.cms) {
        if (doc.tenant !== tenant || doc.status !== 'published') continue
        const kind = {
          'heritage-sites': 'heritage',
          festivals: 'festival',
          places: 'place',
          stories: 'story',
        }[doc.collection]
        out.set(`${locale}|${kind}:${doc.id}`, doc.title[locale])
      }
      for (const item of state.products) {
        if (item.tenant_slugs.includes(tenant))
          out.set(`${locale}|product:${item.id}`, item.title[locale])
      }
      for (const coop of state.cooperatives) {
        if (coop.tenant_slugs.includes(tenant))
          out.set(`${locale}|cooperative:${coop.id}`, coop.name[locale])
      }
    }

    return out
  }

  beforeAll(async () => {
    state = referenceState()
    sources = await startFakeSources(state)
    database = await createTestDatabase()
    indexer = await createIndexer(
      {
        SEARCH_DATABASE_URL: database.url,
        MEILISEARCH_HOST: setup.env.MEILISEARCH_HOST,
        MEILISEARCH_API_KEY: setup.env.MEILISEARCH_API_KEY,
        MEILISEARCH_INDEX_PREFIX: database.name.replace(/_/g, '-'),
        INDEXER_SECRET: secret,
        CMS_URL: sources.url,
        COMMERCE_URL: sources.url,
        RECONCILE_INTERVAL_SECONDS: 3600,
      },
      pino({ level: 'silent' }),
    )
    await indexer.reindex()
    indexer.worker.start()
  })

  afterAll(async () => {
    await indexer?.close()
    await sources?.close()
    await database?.drop()
  })

  it('"ca phe" finds the cà phê products, with the accented words highlighted', async () => {
    const result = await search({ tenant: 'dien-bien-phu', q: 'ca phe' })
    const coffee = result.hits.find(
      (hit) => hit.id === `product:${product('ca-phe-bot-ha-chung').id}`,
    )
    expect(coffee?.title).toBe('Cà phê bột Hà Chung')
    expect(coffee?.highlights.title).toContain('<mark>Cà</mark> <mark>phê</mark>')
    expect(
      result.hits.every(
        (hit) => /c[aà] ph[eê]/i.test(`${hit.title} ${hit.summary}`) || hit.highlights.text,
      ),
    ).toBe(true)
  })

  it('"dien bien" finds Điện Biên heritage, festivals and products', async () => {
    const result = await search({ tenant: 'dien-bien-phu', q: 'dien bien', hitsPerPage: '100' })
    const types = new Set(result.hits.map((hit) => hit.type))
    expect(types).toContain('heritage')
    expect(types).toContain('product')
    expect(ids(result)).toContain(`heritage:${cmsId('bao-tang-chien-thang').id}`)
    expect(ids(result)).toContain(`product:${product('mac-ca-dien-bien').id}`)
    expect(result.total).toBeGreaterThanOrEqual(result.hits.length)
  })

  it('"muong phang" finds Mường Phăng in its commune\'s site', async () => {
    const result = await search({ tenant: 'muong-phang', q: 'muong phang' })
    expect(result.hits[0]?.title).toContain('Mường Phăng')
    expect(ids(result)).toContain(`heritage:${cmsId('so-chi-huy-muong-phang').id}`)
  })

  it('"hoa ban" finds the Hoa Ban festival in Vietnamese and in English', async () => {
    const festival = `festival:${cmsId('le-hoi-hoa-ban').id}`
    const vi = await search({ tenant: 'dien-bien-phu', locale: 'vi', q: 'hoa ban' })
    const en = await search({ tenant: 'dien-bien-phu', locale: 'en', q: 'hoa ban' })
    expect(ids(vi)).toContain(festival)
    expect(ids(en)).toContain(festival)
    expect(vi.hits.find((hit) => hit.id === festival)?.title).toBe('Lễ hội Hoa Ban')
    expect(en.hits.find((hit) => hit.id === festival)?.title).toBe('Hoa Ban (Bauhinia) Festival')
  })

  it('the typo "pha dinn" still finds Pha Đin', async () => {
    const result = await search({ tenant: 'dien-bien-phu', q: 'pha dinn' })
    expect(ids(result)).toContain(`heritage:${cmsId('deo-pha-din').id}`)
  })

  it('tolerates one typo in a word of five letters or more, not in shorter ones', async () => {
    const typo = await search({ tenant: 'dien-bien-phu', locale: 'en', q: 'museun' })
    expect(ids(typo)).toContain(`heritage:${cmsId('bao-tang-chien-thang').id}`)
    const short = await search({ tenant: 'dien-bien-phu', locale: 'en', q: 'xqz' })
    expect(short.total).toBe(0)
  })

  it('matches the word being typed as a prefix', async () => {
    const result = await search({ tenant: 'dien-bien-phu', q: 'thit tra' })
    expect(ids(result)).toContain(`product:${product('thit-trau-say-lo-duyen').id}`)
  })

  it('counts facets and filters by type, stars and product group', async () => {
    const all = await search({ tenant: 'dien-bien-phu' })
    const productCount = state.products.filter(
      (item) => item.kind === 'product' && item.tenant_slugs.includes('dien-bien-phu'),
    ).length
    expect(all.facets.type.product).toBe(productCount)
    expect(all.facets.type.heritage).toBe(
      state.cms.filter(
        (doc) => doc.collection === 'heritage-sites' && doc.tenant === 'dien-bien-phu',
      ).length,
    )
    const fourStars = await search({
      tenant: 'dien-bien-phu',
      type: 'product',
      stars: '4',
      hitsPerPage: '100',
    })
    expect(fourStars.total).toBe(all.facets.stars['4'])
    expect(fourStars.hits.every((hit) => hit.stars === 4 && hit.type === 'product')).toBe(true)
    const drinks = await search({ tenant: 'dien-bien-phu', group: 'beverage', hitsPerPage: '100' })
    expect(drinks.total).toBeGreaterThan(0)
    expect(drinks.hits.every((hit) => hit.productGroup === 'beverage')).toBe(true)
  })

  it('never shows stars for an expired certificate', async () => {
    const result = await search({ tenant: 'dien-bien-phu', q: 'giam tao meo' })
    const vinegar = result.hits.find((hit) => hit.id === `product:${product('giam-tao-meo').id}`)
    expect(vinegar).toBeDefined()
    expect(vinegar?.stars).toBeNull()
  })

  it('sorts by distance from near=lat,lng', async () => {
    const result = await search({
      tenant: 'dien-bien-phu',
      type: 'heritage',
      near: '21.3838,103.0226',
    })
    expect(result.hits[0]?.id).toBe(`heritage:${cmsId('doi-a1').id}`)
    const distances = result.hits.flatMap((hit) =>
      hit.distanceMeters === null ? [] : [hit.distanceMeters],
    )
    expect(distances.length).toBeGreaterThan(3)
    expect([...distances].sort((a, b) => a - b)).toEqual(distances)
  })

  it('refuses a query without a tenant, naming the parameter', async () => {
    const response = await indexer.app.inject({ method: 'GET', url: '/search?q=hoa+ban' })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.message).toMatch(/^tenant/)
  })

  it("never returns another tenant's documents", async () => {
    const muongPhang = await indexed('muong-phang')
    const dienBienPhu = await indexed('dien-bien-phu')
    expect([...muongPhang.keys()].sort()).toEqual([...expected('muong-phang').keys()].sort())
    const a1 = await search({ tenant: 'muong-phang', q: 'doi a1' })
    expect(ids(a1)).not.toContain(`heritage:${cmsId('doi-a1').id}`)
    expect(dienBienPhu.has(`vi|heritage:${cmsId('so-chi-huy-muong-phang').id}`)).toBe(false)
  })

  it('applies a notification: published content is searchable within 2 seconds', async () => {
    state.cms.push({
      id: 9001,
      collection: 'heritage-sites',
      tenant: 'dien-bien-phu',
      status: 'published',
      slug: 'hang-pa-thom',
      title: { vi: 'Hang động Pa Thơm', en: 'Pa Thơm cave' },
      summary: { vi: 'Hang đá vôi gần biên giới.', en: 'A limestone cave near the border.' },
      description: { vi: 'Hang đá vôi.', en: 'Limestone cave.' },
      updatedAt: new Date().toISOString(),
    })
    const started = Date.now()
    const response = await notify({
      source: 'cms',
      kind: 'heritage',
      id: 9001,
      tenant: 'dien-bien-phu',
      op: 'upsert',
    })
    expect(response.statusCode).toBe(202)
    const found = await eventually(
      () => search({ tenant: 'dien-bien-phu', q: 'pa thom' }),
      (result) => ids(result).includes('heritage:9001'),
    )
    expect(ids(found)).toContain('heritage:9001')
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('refuses a notification with a wrong secret or a bad body, naming the field', async () => {
    const wrong = await notify(
      { source: 'cms', kind: 'heritage', id: 1, tenant: 'dien-bien-phu', op: 'upsert' },
      'nope',
    )
    expect(wrong.statusCode).toBe(401)
    const bad = await notify({
      source: 'cms',
      kind: 'heritage',
      id: 1,
      tenant: 'dien-bien-phu',
      op: 'publish',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.message).toMatch(/^op/)
  })

  it('checks the secret before reading the body of a notification', async () => {
    const response = await indexer.app.inject({
      method: 'POST',
      url: '/notify',
      headers: { 'content-type': 'application/json' },
      payload: '{ not json',
    })
    expect(response.statusCode).toBe(401)
  })

  it('removes unpublished content and deleted products within 2 seconds', async () => {
    const hoaBan = cmsId('le-hoi-hoa-ban')
    hoaBan.status = 'draft'
    const honey = product('mat-ong-ban-to-dien-bien')
    state.products = state.products.filter((item) => item !== honey)
    await notify({
      source: 'cms',
      kind: 'festival',
      id: hoaBan.id,
      tenant: 'dien-bien-phu',
      op: 'upsert',
    })
    await notify({
      source: 'commerce',
      kind: 'product',
      id: honey.id,
      tenant: 'dien-bien-phu',
      op: 'delete',
    })
    const after = await eventually(
      async () => [
        ...ids(await search({ tenant: 'dien-bien-phu', q: 'hoa ban' })),
        ...ids(await search({ tenant: 'dien-bien-phu', q: 'mat ong' })),
      ],
      (found) => !found.includes(`festival:${hoaBan.id}`) && !found.includes(`product:${honey.id}`),
    )
    expect(after).not.toContain(`festival:${hoaBan.id}`)
    expect(after).not.toContain(`product:${honey.id}`)
    hoaBan.status = 'published'
    await notify({
      source: 'cms',
      kind: 'festival',
      id: hoaBan.id,
      tenant: 'dien-bien-phu',
      op: 'upsert',
    })
  })

  it('keeps a notification while the CMS is down and applies it once the CMS is back', async () => {
    await indexer.worker.stop()
    state.cmsDown = true
    const doc = cmsId('ban-men')
    doc.title = { vi: 'Bản Mển du lịch cộng đồng', en: 'Bản Mển community village' }
    expect(
      (
        await notify({
          source: 'cms',
          kind: 'heritage',
          id: doc.id,
          tenant: 'dien-bien-phu',
          op: 'upsert',
        })
      ).statusCode,
    ).toBe(202)
    await indexer.worker.runOnce()
    const queued = await indexer.pool.query<{ attempts: number }>(
      'SELECT attempts FROM search_notifications WHERE done_at IS NULL',
    )
    expect(queued.rows.map((row) => row.attempts)).toEqual([1])
    expect((await indexed('dien-bien-phu')).get(`vi|heritage:${doc.id}`)).toBe(
      'Bản Mển (du lịch cộng đồng Thái Đen)',
    )
    state.cmsDown = false
    await indexer.pool.query(
      'UPDATE search_notifications SET next_attempt_at = now() WHERE done_at IS NULL',
    )
    await indexer.worker.drain()
    expect((await indexed('dien-bien-phu')).get(`vi|heritage:${doc.id}`)).toBe(
      'Bản Mển du lịch cộng đồng',
    )
    indexer.worker.start()
  })

  it('after 20 edits and 3 deletions made while stopped, reconciliation makes the index equal the sources', async () => {
    await indexer.worker.stop()
    const cmsDocs = state.cms.filter((doc) => doc.tenant === 'dien-bien-phu').slice(0, 12)
    for (const doc of cmsDocs) {
      doc.title = { vi: `${doc.title.vi} (sửa)`, en: `${doc.title.en} (edited)` }
      doc.updatedAt = new Date().toISOString()
    }
    for (const item of state.products.slice(0, 8)) {
      item.title = { vi: `${item.title.vi} – mới`, en: `${item.title.en} – new` }
      item.updated_at = new Date().toISOString()
    }
    const removed = [state.cms[20], state.products[10], state.products[12]]
    state.cms = state.cms.filter((doc) => doc !== removed[0])
    state.products = state.products.filter((item) => item !== removed[1] && item !== removed[2])

    // Stopped: the index still shows the old state.
    expect(await indexed('dien-bien-phu')).not.toEqual(expected('dien-bien-phu'))

    // While a source is down nothing it owns is removed.
    state.commerceDown = true
    await indexer.reconcileNow()
    const partial = await indexed('dien-bien-phu')
    expect(partial.has(`vi|product:${removed[1]?.id}`)).toBe(true)
    state.commerceDown = false

    const report = await indexer.reconcileNow()
    expect(report?.incomplete).toEqual([])
    for (const tenant of ['dien-bien-phu', 'muong-phang']) {
      expect(await indexed(tenant)).toEqual(expected(tenant))
    }
    const again = await indexer.reconcileNow()
    expect(again?.upserted).toBe(0)
    expect(again?.removed).toBe(0)
    indexer.worker.start()
  })

  it('answers from the live index while a full reindex is being built, then swaps', async () => {
    const before = await search({ tenant: 'dien-bien-phu', q: 'ca phe' })
    const build = await indexer.engine.beginBuild()
    const live = await search({ tenant: 'dien-bien-phu', q: 'ca phe' })
    expect(ids(live)).toEqual(ids(before))
    await build.abort()
    expect(ids(await search({ tenant: 'dien-bien-phu', q: 'ca phe' }))).toEqual(ids(before))

    state.products.push({
      ...product('ca-phe-bot-ha-chung'),
      id: 'prod_new',
      handle: 'ca-phe-rang-xay-moi',
    })
    const result = await indexer.reindex()
    expect(result.documents).toBeGreaterThan(100)
    expect(ids(await search({ tenant: 'dien-bien-phu', q: 'ca phe' }))).toContain(
      'product:prod_new',
    )
    expect(await indexed('dien-bien-phu')).toEqual(expected('dien-bien-phu'))
  })

  it('removes the documents of a tenant the CMS no longer has', async () => {
    const removed = state.tenants.find((tenant) => tenant.slug === 'muong-phang')
    expect((await search({ tenant: 'muong-phang' })).total).toBeGreaterThan(0)
    state.tenants = state.tenants.filter((tenant) => tenant !== removed)
    await indexer.reconcileNow()
    expect((await search({ tenant: 'muong-phang' })).total).toBe(0)
    expect(await indexed('dien-bien-phu')).toEqual(expected('dien-bien-phu'))
    if (removed !== undefined) state.tenants.push(removed)
  })

  it('refuses a reindex request without the secret', async () => {
    const response = await indexer.app.inject({ method: 'POST', url: '/reindex' })
    expect(response.statusCode).toBe(401)
  })
}

describe('postgres engine contract', () => {
  engineContract({ name: 'postgres', env: {} })
})

const meilisearchHost = process.env.MEILISEARCH_HOST
describe.skipIf(!meilisearchHost)(
  'meilisearch engine contract (skipped: MEILISEARCH_HOST is not set; no Meilisearch server runs here)',
  () => {
    engineContract({
      name: 'meilisearch',
      env: {
        MEILISEARCH_HOST: meilisearchHost,
        MEILISEARCH_API_KEY: process.env.MEILISEARCH_API_KEY,
      },
    })
  },
)
