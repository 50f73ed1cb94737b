import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { fileTypeFromBuffer } from 'file-type'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../test/start-test-payload'
import { testAdminUrl, testDatabaseReachable } from '../test/test-database'
import { demoAudioGuides, seedAudioGuides, type SeedCounts } from './seed-audio-guides'
import { demoStories, seedStories } from './seed-stories'

const reachable = await testDatabaseReachable()
if (!reachable) {
  console.warn(`skipping seed test: no PostgreSQL at ${testAdminUrl}`)
}

let t: TestPayload
let payload: Payload
// The collections read the CMS environment when imported, so they load after the test
// database is set (startTestPayload refuses to start otherwise).
let isWebVtt: (typeof import('../collections/audio-guides'))['isWebVtt']
let mediaDir: string
const tenants = new Map<string, number | string>()

async function runSeeds(): Promise<SeedCounts> {
  const counts: SeedCounts = { created: 0, kept: 0 }
  await seedAudioGuides(payload, counts)
  await seedStories(payload, counts, tenants)

  return counts
}

beforeAll(async () => {
  if (!reachable) {
    return
  }
  t = await startTestPayload()
  payload = t.payload
  ;({ isWebVtt } = await import('../collections/audio-guides'))
  ;({ mediaDir } = await import('../collections/media'))
  for (const slug of ['dien-bien-phu', 'muong-phang']) {
    const tenant = await payload.create({
      collection: 'tenants',
      data: { name: slug, slug, defaultLocale: 'vi' },
    })
    tenants.set(slug, tenant.id)
  }
  const sites = [
    ['doi-a1', 'dien-bien-phu'],
    ['ban-men', 'dien-bien-phu'],
    ['so-chi-huy-muong-phang', 'muong-phang'],
    ['tuong-dai-mung-cong', 'muong-phang'],
  ] as const
  for (const [slug, tenant] of sites) {
    await payload.create({
      collection: 'heritage-sites',
      context: { skipSearchSync: true },
      data: {
        title: slug,
        slug,
        kind: 'relic',
        tenant: tenants.get(tenant),
        _status: 'published',
      } as never,
    })
  }
}, 300_000)

afterAll(async () => {
  await t?.stop()
})

describe.skipIf(!reachable)('seeding audio guides and stories', () => {
  it('creates each once and nothing on a second run', async () => {
    const first = await runSeeds()
    const second = await runSeeds()

    expect(first).toEqual({ created: demoAudioGuides.length + demoStories.length, kept: 0 })
    expect(second).toEqual({ created: 0, kept: demoAudioGuides.length + demoStories.length })
    expect((await payload.count({ collection: 'audio-guides' })).totalDocs).toBe(
      demoAudioGuides.length,
    )
    expect((await payload.count({ collection: 'stories' })).totalDocs).toBe(demoStories.length)
  })

  it('links a playable WAV with vi and en WebVTT captions to its heritage site, in its tenant', async () => {
    for (const guide of demoAudioGuides) {
      const site = (
        await payload.find({
          collection: 'heritage-sites',
          where: { slug: { equals: guide.heritage } },
          depth: 1,
        })
      ).docs[0]!
      const linked = (site.audioGuides ?? []) as {
        id: number
        filename?: string
        tenant?: unknown
      }[]
      expect(linked).toHaveLength(1)
      const vi = await payload.findByID({
        collection: 'audio-guides',
        id: linked[0]!.id,
        locale: 'vi',
        depth: 0,
      })
      const en = await payload.findByID({
        collection: 'audio-guides',
        id: linked[0]!.id,
        locale: 'en',
        depth: 0,
      })
      const file = await readFile(path.join(mediaDir, 'audio', vi.filename!))

      expect(vi.tenant).toEqual(typeof site.tenant === 'object' ? site.tenant?.id : site.tenant)
      expect(vi.mimeType).toBe('audio/wav')
      expect((await fileTypeFromBuffer(file))?.mime).toBe('audio/wav')
      expect(isWebVtt(vi.captions) && isWebVtt(en.captions)).toBe(true)
      expect(vi.captions).toContain(guide.vi.lines[0])
      expect(en.captions).toContain(guide.en.lines[0])
      expect(en.title).toBe(guide.en.title)
    }
  })

  it('publishes the stories in both languages under their own tenant', async () => {
    for (const story of demoStories) {
      const where = { slug: { equals: story.slug } }
      const vi = (await payload.find({ collection: 'stories', where, locale: 'vi', depth: 0 }))
        .docs[0]!
      const en = (await payload.find({ collection: 'stories', where, locale: 'en', depth: 0 }))
        .docs[0]!

      expect(vi._status).toBe('published')
      expect([vi.title, en.title]).toEqual([story.vi.title, story.en.title])
      expect(vi.tenant).toBe(tenants.get(story.tenantSlug))
      expect((vi.relatedHeritage ?? []).length).toBe(story.heritage.length)
    }
    for (const slug of tenants.keys()) {
      expect(
        demoStories.filter((story) => story.tenantSlug === slug).length,
      ).toBeGreaterThanOrEqual(2)
    }
  })
})
