import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../test/start-test-payload'
import { testAdminUrl, testDatabaseReachable } from '../test/test-database'
import { fillMissingFestivalSite, fillMissingPlaceLocation } from './fill-missing-location'

const reachable = await testDatabaseReachable()
if (!reachable) {
  console.warn(`skipping map location fill test: no PostgreSQL at ${testAdminUrl}`)
}

const context = { skipSearchSync: true }
let t: TestPayload
let payload: Payload
let tenant: number | string
let site: number | string

/** A published place as an older seed left it: addresses in both languages, no coordinates. */
async function createPlace(slug: string, status: 'published' | 'draft' = 'published') {
  const created = await payload.create({
    collection: 'places',
    locale: 'vi',
    context,
    data: {
      tenant,
      slug,
      category: 'village',
      title: `Bản ${slug}`,
      location: { commune: 'Mường Phăng', address: 'Bản Che Căn' },
      _status: 'published',
    } as never,
  })
  await payload.update({
    collection: 'places',
    id: created.id,
    locale: 'en',
    context,
    data: { title: `${slug} village`, location: { address: 'Che Can village' } } as never,
  })
  if (status === 'draft') {
    await payload.update({
      collection: 'places',
      id: created.id,
      locale: 'vi',
      draft: true,
      context,
      data: { title: 'Bản nháp của biên tập viên' } as never,
    })
  }

  return created.id
}

beforeAll(async () => {
  if (!reachable) {
    return
  }
  t = await startTestPayload()
  payload = t.payload
  tenant = (
    await payload.create({
      collection: 'tenants',
      data: { name: 'muong-phang', slug: 'muong-phang', defaultLocale: 'vi' },
    })
  ).id
  site = (
    await payload.create({
      collection: 'heritage-sites',
      context,
      data: {
        title: 'Thành Bản Phủ',
        slug: 'thanh-ban-phu',
        kind: 'relic',
        tenant,
        location: { lat: 21.335, lng: 102.995 },
        _status: 'published',
      } as never,
    })
  ).id
}, 300_000)

afterAll(async () => {
  await t?.stop()
})

describe.skipIf(!reachable)('filling a missing map location on seeded documents', () => {
  it('gives a place its coordinates and en note once, keeping both addresses', async () => {
    const id = await createPlace('che-can')
    const fill = { lat: 21.459, lng: 103.155, note: 'approximate: near the command post' }

    expect(await fillMissingPlaceLocation(payload, id, fill)).toBe(true)
    expect(await fillMissingPlaceLocation(payload, id, { ...fill, lat: 1, lng: 1 })).toBe(false)

    const vi = await payload.findByID({ collection: 'places', id, locale: 'vi' })
    const en = await payload.findByID({ collection: 'places', id, locale: 'en' })
    expect(vi._status).toBe('published')
    expect(vi.location).toMatchObject({
      lat: 21.459,
      lng: 103.155,
      commune: 'Mường Phăng',
      address: 'Bản Che Căn',
    })
    expect(en.location).toMatchObject({
      lat: 21.459,
      address: 'Che Can village',
      coordinatesNote: 'approximate: near the command post',
    })
    expect(en.title).toBe('che-can village')
  })

  it("leaves a place alone while an editor's draft is pending", async () => {
    const id = await createPlace('draft', 'draft')

    expect(await fillMissingPlaceLocation(payload, id, { lat: 21, lng: 103 })).toBe(false)
    const latest = await payload.findByID({ collection: 'places', id, draft: true })
    expect(latest.title).toBe('Bản nháp của biên tập viên')
    expect(latest.location?.lat ?? null).toBeNull()
  })

  it('links a festival to its heritage site once, keeping its texts', async () => {
    const festival = await payload.create({
      collection: 'festivals',
      locale: 'vi',
      context,
      data: {
        tenant,
        slug: 'le-hoi-thanh-ban-phu',
        kind: 'festival',
        title: 'Lễ hội Thành Bản Phủ',
        place: 'Di tích Thành Bản Phủ',
        _status: 'published',
      } as never,
    })

    expect(await fillMissingFestivalSite(payload, festival.id, site)).toBe(true)
    expect(await fillMissingFestivalSite(payload, festival.id, site)).toBe(false)
    const doc = await payload.findByID({ collection: 'festivals', id: festival.id, depth: 1 })
    expect(doc.place).toBe('Di tích Thành Bản Phủ')
    expect(doc._status).toBe('published')
    expect(doc.heritageSite).toMatchObject({ slug: 'thanh-ban-phu', location: { lat: 21.335 } })
  })
})
