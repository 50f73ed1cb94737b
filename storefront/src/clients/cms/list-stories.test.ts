import { describe, expect, it } from 'vitest'
import { mapStorySummary } from './list-stories'
import { CmsStory } from './schemas'

describe('mapStorySummary', () => {
  it('keeps title, excerpt, author, date and the card-sized cover served from our origin', () => {
    const story = mapStorySummary(
      CmsStory.parse({
        id: 4,
        slug: 'nghe-det',
        title: 'Nghề dệt thổ cẩm',
        excerpt: '  Khung cửi trên sàn nhà ',
        author: 'Lò Thị Minh',
        publishedAt: '2026-11-02T03:00:00.000Z',
        cover: {
          id: 9,
          url: '/api/media/file/det.jpg',
          alt: '',
          sizes: { card: { url: '/api/media/file/det-800.webp', width: 800, height: 533 } },
        },
      }),
    )
    expect(story).toEqual({
      id: '4',
      slug: 'nghe-det',
      title: 'Nghề dệt thổ cẩm',
      excerpt: 'Khung cửi trên sàn nhà',
      author: 'Lò Thị Minh',
      publishedAt: '2026-11-02T03:00:00.000Z',
      cover: {
        url: '/cms/api/media/file/det-800.webp',
        alt: 'Nghề dệt thổ cẩm',
        width: 800,
        height: 533,
      },
    })
  })

  it('falls back to the slug for an untitled story', () => {
    expect(mapStorySummary(CmsStory.parse({ id: 5, slug: 'chua-dat-ten' })).title).toBe(
      'chua-dat-ten',
    )
  })
})
