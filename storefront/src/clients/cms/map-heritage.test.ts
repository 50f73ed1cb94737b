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
      id: 11,
      title: 'Hầm chỉ huy',
      url: '/api/panoramas/file/ham.jpg',
      width: 6000,
      height: 3000,
      tiles: { width: 4096, cols: 8, rows: 4, tileSize: 512 },
      hotspots: [
        { id: 'h1', yaw: 90, pitch: -45, label: 'Xe tăng', target: 'info', text: 'Xe tăng T-34' },
        {
          id: 'h2',
          yaw: 180,
          pitch: 0,
          label: 'Sang đồi',
          target: 'panorama',
          panorama: {
            id: 12,
            title: 'Đỉnh đồi',
            url: '/api/panoramas/file/dinh.jpg',
            width: 3072,
            tiles: { width: 3072, cols: 6, rows: 3 },
            hotspots: [{ yaw: 0, pitch: 0, label: 'Về hầm', target: 'panorama', panorama: 11 }],
          },
        },
        {
          id: 'h3',
          yaw: 0,
          pitch: 0,
          label: 'Bảo tàng',
          target: 'heritage',
          heritage: { id: 3, slug: 'bao-tang' },
        },
        {
          id: 'h4',
          yaw: 10,
          pitch: 5,
          label: 'Cà phê',
          target: 'product',
          productHandle: 'ca-phe',
        },
      ],
    },
    12,
  ],
  models: [
    {
      id: 21,
      title: 'Xe tăng',
      url: '/api/models/file/tank.glb',
      poster: { id: 5, url: '/api/media/file/tank.webp', alt: '', width: 800, height: 600 },
      derivative: { filename: 'tank-mobile.glb', bytes: 1000 },
      annotations: [
        { id: 'a1', label: 'Tháp pháo', text: 'Quay 360°', position: { x: 0, y: 1.2, z: 0.5 } },
      ],
    },
    { id: 22, title: 'Chưa có tệp', url: null },
    23,
  ],
  audioGuides: [
    {
      id: 31,
      title: 'Thuyết minh',
      url: '/api/audio-guides/file/vi.mp3',
      language: 'vi',
      captions: 'WEBVTT\n\n00:00.000 --> 00:04.000\nXin chào',
    },
    { id: 32, title: 'Guide', url: '/api/audio-guides/file/en.mp3', language: 'en', captions: '' },
  ],
})

describe('mapHeritageSite', () => {
  const site = mapHeritageSite(doc, 'vi')

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
      'vi',
    )
    expect(withGallery.image?.url).toBe('/cms/api/media/file/1-hero.webp')
    expect(withGallery.gallery.map((image) => image.alt)).toEqual(['two'])
  })

  it('turns rich text into paragraphs, list items marked', () => {
    expect(site.paragraphs).toEqual(['Đoạn một.', '• Ý'])
  })

  it('maps the CMS panoramas: tiles on a power-of-two grid, hotspots in radians', () => {
    const [pano] = site.panoramas
    expect(pano).toMatchObject({
      id: '11',
      title: 'Hầm chỉ huy',
      width: 4096,
      fullUrl: '/cms/api/panoramas/file/ham.jpg',
      previewUrl: '/cms/api/panoramas/11/preview',
      tiles: { urlPattern: '/cms/api/panoramas/11/tiles/{col}/{row}', cols: 8, rows: 4 },
    })
    expect(pano?.markers[0]).toMatchObject({ label: 'Xe tăng', description: 'Xe tăng T-34' })
    expect(pano?.markers[0]?.yaw).toBeCloseTo(Math.PI / 2)
    expect(pano?.markers[0]?.pitch).toBeCloseTo(-Math.PI / 4)
    expect(pano?.markers.map((marker) => marker.link)).toEqual([
      null,
      { kind: 'panorama', target: '12' },
      { kind: 'heritage', target: 'bao-tang' },
      { kind: 'product', target: 'ca-phe' },
    ])
  })

  it('adds the panorama a hotspot leads to; a grid the viewer cannot tile shows the full image', () => {
    expect(site.panoramas.map((pano) => pano.id)).toEqual(['11', '12'])
    expect(site.panoramas[1]).toMatchObject({
      tiles: null,
      width: 3072,
      previewUrl: '/cms/api/panoramas/12/preview',
      fullUrl: '/cms/api/panoramas/file/dinh.jpg',
    })
    expect(site.panoramas[1]?.markers[0]?.link).toEqual({ kind: 'panorama', target: '11' })
  })

  it('maps models with the phone derivative, poster and positioned annotations', () => {
    expect(site.models).toEqual([
      {
        id: '21',
        title: 'Xe tăng',
        url: '/cms/api/models/file/tank.glb',
        phoneUrl: '/cms/api/models/21/mobile.glb',
        poster: { url: '/cms/api/media/file/tank.webp', alt: 'Xe tăng', width: 800, height: 600 },
        annotations: [
          { id: 'a1', label: 'Tháp pháo', description: 'Quay 360°', position: [0, 1.2, 0.5] },
        ],
      },
    ])
  })

  it('picks the audio guide spoken in the page language, captions as a WebVTT data URL', () => {
    expect(site.audioGuide).toEqual({
      url: '/cms/api/audio-guides/file/vi.mp3',
      title: 'Thuyết minh',
      captionsUrl: `data:text/vtt;charset=utf-8,${encodeURIComponent('WEBVTT\n\n00:00.000 --> 00:04.000\nXin chào')}`,
    })
    expect(mapHeritageSite(doc, 'en').audioGuide).toEqual({
      url: '/cms/api/audio-guides/file/en.mp3',
      title: 'Guide',
      captionsUrl: null,
    })
  })
})
