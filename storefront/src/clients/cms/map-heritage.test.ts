import { describe, expect, it } from 'vitest'
import { mapHeritageSite } from './map-heritage'
import { CmsHeritageSite } from './schemas'

const doc = CmsHeritageSite.parse({
  id: 7,
  slug: 'doi-a1',
  title: 'Di tích Đồi A1',
  summary: 'Đồi A1',
  description: {
    root: {
      children: [
        { type: 'paragraph', children: [{ text: 'Đoạn một.' }] },
        { type: 'list', children: [{ type: 'listitem', children: [{ text: 'Ý' }] }] },
      ],
    },
  },
  location: { lat: 21.38, lng: 103.02, address: 'Đường 7/5' },
  openingHours: '7:00–17:00',
  ticketPriceVnd: 20000,
  heroImage: { id: 1, url: '/api/media/file/a1.jpg', alt: 'Đồi A1', width: 1600, height: 900 },
  relatedProductHandles: [{ handle: 'ca-phe' }],
  keyFacts: [{ fact: 'Cao 32 m' }],
  panoramas: [
    {
      id: 'p1',
      panorama: { url: '/api/media/file/p1.jpg', width: 8192 },
      previewUrl: '/api/media/file/p1-preview.jpg',
      hotspots: [
        { id: 'h1', yaw: 0.5, pitch: 0.1, label: 'Xe tăng' },
        {
          id: 'h2',
          yaw: 1,
          pitch: 0,
          label: 'Sang hầm',
          linkType: 'panorama',
          targetPanorama: 'p2',
        },
        { id: 'bad', label: 'no position' },
      ],
    },
  ],
})

describe('mapHeritageSite', () => {
  const site = mapHeritageSite(doc)

  it('reads the practical facts and serves CMS files from our own origin', () => {
    expect(site).toMatchObject({
      id: '7',
      title: 'Di tích Đồi A1',
      address: 'Đường 7/5',
      hours: '7:00–17:00',
      ticketPriceVnd: 20000,
      location: { lat: 21.38, lng: 103.02 },
      relatedProductHandles: ['ca-phe'],
      keyFacts: ['Cao 32 m'],
    })
    expect(site.image).toEqual({
      url: '/cms/api/media/file/a1.jpg',
      alt: 'Đồi A1',
      width: 1600,
      height: 900,
    })
  })

  it('uses the first gallery picture as lead image when there is no hero, and not twice', () => {
    const withGallery = mapHeritageSite(
      CmsHeritageSite.parse({
        id: 8,
        slug: 'ban-men',
        gallery: [
          {
            id: 1,
            url: '/api/media/file/1.jpg',
            alt: 'one',
            sizes: { hero: { url: '/api/media/file/1-hero.webp', width: 1600, height: 900 } },
          },
          { id: 2, url: '/api/media/file/2.jpg', alt: 'two' },
        ],
      }),
    )
    expect(withGallery.image?.url).toBe('/cms/api/media/file/1-hero.webp')
    expect(withGallery.gallery.map((image) => image.alt)).toEqual(['two'])
  })

  it('turns rich text into paragraphs, list items marked', () => {
    expect(site.paragraphs).toEqual(['Đoạn một.', '• Ý'])
  })

  it('keeps positioned hotspots, with links between panoramas', () => {
    const [pano] = site.panoramas
    expect(pano?.previewUrl).toBe('/cms/api/media/file/p1-preview.jpg')
    expect(pano?.markers.map((marker) => marker.id)).toEqual(['h1', 'h2'])
    expect(pano?.markers[1]?.link).toEqual({ kind: 'panorama', target: 'p2' })
  })
})
