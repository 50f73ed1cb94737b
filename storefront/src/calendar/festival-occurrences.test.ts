import { describe, expect, it } from 'vitest'
import type { Festival } from '@/domain/types'
import { occurrencesInMonth, upcoming } from './festival-occurrences'

function festival(overrides: Partial<Festival>): Festival {
  return {
    id: overrides.slug ?? 'f',
    slug: 'f',
    title: 'F',
    summary: null,
    paragraphs: [],
    calendar: 'solar',
    lunar: null,
    solar: null,
    editions: [],
    durationDays: 1,
    startDate: null,
    endDate: null,
    place: null,
    programme: [],
    image: null,
    location: null,
    relatedProductHandles: [],
    ...overrides,
  }
}

const hoaBan = festival({ slug: 'hoa-ban', startDate: '2026-03-13', endDate: '2026-03-16' })
const tet = festival({
  slug: 'tet',
  calendar: 'lunar',
  lunar: { day: 1, month: 1 },
  durationDays: 3,
})

describe('occurrencesInMonth', () => {
  it('places a dated festival in its month only', () => {
    expect(occurrencesInMonth([hoaBan], 2026, 3)).toHaveLength(1)
    expect(occurrencesInMonth([hoaBan], 2026, 4)).toHaveLength(0)
  })

  it('places a lunar festival on its solar dates for the year shown', () => {
    const [feb2026] = occurrencesInMonth([tet], 2026, 2)
    expect(feb2026).toMatchObject({ start: '2026-02-17', end: '2026-02-19' })
    const [jan2025] = occurrencesInMonth([tet], 2025, 1)
    expect(jan2025).toMatchObject({ start: '2025-01-29', end: '2025-01-31' })
  })
})

describe('yearly solar festivals', () => {
  it('recur on their day every year', () => {
    const dienBienDay = festival({ slug: 'd', solar: { day: 7, month: 5 }, durationDays: 2 })
    expect(occurrencesInMonth([dienBienDay], 2027, 5)).toMatchObject([
      { start: '2027-05-07', end: '2027-05-08' },
    ])
  })
})

describe('upcoming', () => {
  it('lists the next editions from today, soonest first', () => {
    const next = upcoming([tet, hoaBan], '2026-01-10', 5)
    expect(next.map((entry) => entry.festival.slug)).toEqual(['tet', 'hoa-ban'])
  })
})
