import { describe, expect, it } from 'vitest'
import { mapFestival } from './map-festival'
import { CmsFestival } from './schemas'

describe('mapFestival', () => {
  it('reads the CMS recurrence, its resolved editions, programme and related experiences', () => {
    const festival = mapFestival(
      CmsFestival.parse({
        id: 3,
        slug: 'le-hoi-thanh-uon',
        title: 'Lễ hội Thành Uổn',
        recurrence: { calendar: 'lunar', day: 15, month: 1, durationDays: 2, leapMonth: false },
        nextOccurrences: [
          { start: '2027-02-21', end: '2027-02-22', lunar: { year: 2027, month: 1, day: 15 } },
        ],
        programme: [{ item: 'Lễ rước', when: '8:00' }],
        images: [{ id: 1, url: '/api/media/file/a.jpg', alt: 'Rước', width: 1600, height: 900 }],
        relatedExperienceHandles: [{ handle: 'xoe-thai' }],
        heritageSite: { id: 9, slug: 'thanh-ban-phu', location: { lat: 21.3, lng: 103.0 } },
      }),
    )

    expect(festival).toMatchObject({
      calendar: 'lunar',
      lunar: { day: 15, month: 1 },
      solar: null,
      durationDays: 2,
      startDate: '2027-02-21',
      endDate: '2027-02-22',
      editions: [{ start: '2027-02-21', end: '2027-02-22' }],
      programme: [{ time: '8:00', title: 'Lễ rước' }],
      relatedProductHandles: ['xoe-thai'],
      location: { lat: 21.3, lng: 103.0 },
    })
    expect(festival.image?.url).toBe('/cms/api/media/file/a.jpg')
  })

  it('keeps a fixed solar date as a yearly recurrence', () => {
    const festival = mapFestival(
      CmsFestival.parse({
        id: 4,
        slug: 'hoa-ban',
        recurrence: { calendar: 'solar', day: 13, month: 3 },
      }),
    )
    expect(festival).toMatchObject({ calendar: 'solar', solar: { day: 13, month: 3 }, lunar: null })
  })
})
