import { describe, expect, it } from 'vitest'
import { mapCmsDocument } from './map-cms-document.js'

/** A heritage site as Payload's REST API answers it anonymously (one locale, depth 1). */
const heritageSite = {
  id: 12,
  tenant: { id: 1, slug: 'dien-bien-phu', name: 'Điện Biên Phủ' },
  title: 'Di tích Đèo Pha Đin',
  slug: 'deo-pha-din',
  kind: 'battlefield-relic',
  summary: null,
  description: {
    root: {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [{ type: 'text', text: 'Con đèo dài 32 km trên Quốc lộ 6.' }],
        },
        {
          type: 'paragraph',
          version: 1,
          children: [{ type: 'text', text: 'Tuyến vận tải 1954.' }],
        },
      ],
    },
  },
  keyFacts: [{ fact: 'Đỉnh đèo cao khoảng 1.648 m', id: 'a' }],
  location: { lat: 21.565, lng: 103.51, commune: 'Tỏa Tình', address: 'Quốc lộ 6' },
  _status: 'published',
  updatedAt: '2026-11-30T08:00:00.000Z',
  createdAt: '2026-11-01T08:00:00.000Z',
}

describe('mapCmsDocument', () => {
  it('maps a published heritage site to the one document shape', () => {
    const doc = mapCmsDocument('heritage', heritageSite, 'vi', 'dien-bien-phu')
    expect(doc).toMatchObject({
      id: 'heritage:12',
      tenant: 'dien-bien-phu',
      locale: 'vi',
      type: 'heritage',
      source: 'cms',
      title: 'Di tích Đèo Pha Đin',
      url: '/heritage/deo-pha-din',
      _geo: { lat: 21.565, lng: 103.51 },
      commune: 'Tỏa Tình',
      price: null,
      stars: null,
      updatedAt: '2026-11-30T08:00:00.000Z',
    })
    expect(doc?.text).toBe(
      'Con đèo dài 32 km trên Quốc lộ 6.\nTuyến vận tải 1954.\nĐỉnh đèo cao khoảng 1.648 m\nQuốc lộ 6',
    )
    // Without a summary the first sentences of the description stand in.
    expect(doc?.summary).toBe('Con đèo dài 32 km trên Quốc lộ 6.\nTuyến vận tải 1954.')
    expect(doc?.tags).toEqual(['battlefield-relic', 'Tỏa Tình'])
  })

  it('refuses drafts and documents without a title', () => {
    expect(mapCmsDocument('heritage', { ...heritageSite, _status: 'draft' }, 'vi', 'x')).toBeNull()
    expect(mapCmsDocument('heritage', { ...heritageSite, title: ' ' }, 'en', 'x')).toBeNull()
    expect(mapCmsDocument('heritage', { id: 1 }, 'en', 'x')).toBeNull()
  })

  it('reads a CMS festival: next occurrences as dates, programme and place as text, first image', () => {
    const festival = {
      id: 7,
      tenant: 1,
      title: 'Lễ hội Hoa Ban',
      slug: 'le-hoi-hoa-ban',
      kind: 'provincial',
      ethnicGroup: 'Thái',
      place: 'Sân vận động tỉnh',
      recurrence: { calendar: 'solar', month: 3, day: 13, durationDays: 4 },
      nextOccurrences: [
        {
          start: '2027-03-13',
          end: '2027-03-16',
          lunar: { year: 2027, month: 2, day: 6, leap: false },
        },
      ],
      summary: 'Lễ hội lớn nhất năm của tỉnh.',
      description: null,
      programme: [{ item: 'Màn xòe tập thể', when: 'tối khai mạc' }],
      images: [
        {
          id: 3,
          url: '/api/media/file/hoa-ban.jpg',
          sizes: { card: { url: '/api/media/file/hoa-ban-800.webp' } },
        },
      ],
      _status: 'published',
      updatedAt: '2026-12-01T00:00:00.000Z',
    }
    const doc = mapCmsDocument('festival', festival, 'vi', 'dien-bien-phu')
    expect(doc?.dates).toEqual([{ start: '2027-03-13', end: '2027-03-16' }])
    expect(doc?.text).toBe('Màn xòe tập thể\nSân vận động tỉnh')
    expect(doc?.tags).toEqual(['provincial', 'Thái'])
    expect(doc?.image).toBe('/api/media/file/hoa-ban-800.webp')
  })

  it('reads a CMS story: excerpt as summary, body as text, cover image', () => {
    const story = {
      id: 2,
      title: 'Chuyện kéo pháo',
      slug: 'chuyen-keo-phao',
      excerpt: 'Kéo pháo vào trận địa.',
      body: {
        root: {
          type: 'root',
          children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Năm 1954…' }] }],
        },
      },
      cover: { url: '/api/media/file/keo-phao.jpg', sizes: {} },
      _status: 'published',
      updatedAt: '2026-12-01T00:00:00.000Z',
    }
    const doc = mapCmsDocument('story', story, 'vi', 'dien-bien-phu')
    expect(doc).toMatchObject({
      summary: 'Kéo pháo vào trận địa.',
      text: 'Năm 1954…',
      image: '/api/media/file/keo-phao.jpg',
      url: '/stories/chuyen-keo-phao',
    })
  })

  it('reads festival dates and a hero image when the collection has them', () => {
    const festival = {
      ...heritageSite,
      id: 3,
      slug: 'le-hoi-hoa-ban',
      title: 'Hoa Ban Festival',
      location: null,
      dates: [{ start: '2027-03-10T12:00:00.000Z', end: '2027-03-13T12:00:00.000Z' }],
      heroImage: {
        url: '/api/media/file/hoa-ban.jpg',
        sizes: { card: { url: '/api/media/file/hoa-ban-card.webp' } },
      },
    }
    const doc = mapCmsDocument('festival', festival, 'en', 'dien-bien-phu')
    expect(doc?.url).toBe('/en/festivals/le-hoi-hoa-ban')
    expect(doc?.dates).toEqual([
      { start: '2027-03-10T12:00:00.000Z', end: '2027-03-13T12:00:00.000Z' },
    ])
    expect(doc?.image).toBe('/api/media/file/hoa-ban-card.webp')
    expect(doc?._geo).toBeNull()
  })
})
