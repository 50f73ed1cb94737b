import { z } from 'zod'

import type { Recurrence } from '../calendar/next-occurrences'
import { tenantSlugForAddress } from './demo-tenants'
import type { AnchoredLocation } from './map-anchors'
import { plainTextToRichText, type RichTextState } from './plain-text-to-rich-text'

/** One festival of data/festivals.json. */
export const festivalItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name_vi: z.string().min(1),
  name_en: z.string().min(1),
  kind: z.string().optional(),
  ethnic_group: z.string().optional(),
  timing: z.object({ calendar: z.string(), typical: z.string().optional() }),
  place_vi: z.string().optional(),
  activities: z.array(z.string()).default([]),
  description_vi: z.string().default(''),
  description_en: z.string().default(''),
  sources: z.array(z.string()).default([]),
})
export type FestivalItem = z.infer<typeof festivalItemSchema>

/**
 * The recurrence of each festival, read from the "typical" timing notes of data/festivals.json.
 * Where the source gives a range or says "unverified" the date is marked approximate.
 */
const recurrenceById: Record<string, Recurrence & { approximate: boolean }> = {
  'le-hoi-hoa-ban': { calendar: 'solar', month: 3, day: 13, durationDays: 4, approximate: true },
  'le-hoi-thanh-ban-phu': {
    calendar: 'lunar',
    month: 2,
    day: 24,
    durationDays: 3,
    approximate: true,
  },
  'bun-huot-nam': { calendar: 'solar', month: 4, day: 13, durationDays: 3, approximate: false },
  'kin-pang-then': { calendar: 'lunar', month: 3, day: 9, durationDays: 2, approximate: true },
  'nao-pe-chau': { calendar: 'lunar', month: 12, day: 30, durationDays: 1, approximate: true },
  'gau-tao': { calendar: 'lunar', month: 1, day: 2, durationDays: 3, approximate: true },
  'ngay-hoi-van-hoa-mong': {
    calendar: 'solar',
    month: 12,
    day: 11,
    durationDays: 3,
    approximate: true,
  },
  'le-tra-hat-kho-mu': { calendar: 'lunar', month: 3, day: 15, durationDays: 1, approximate: true },
  'dua-thuyen-muong-lay': {
    calendar: 'lunar',
    month: 1,
    day: 10,
    durationDays: 1,
    approximate: true,
  },
  'ky-niem-7-5': { calendar: 'solar', month: 5, day: 7, durationDays: 1, approximate: false },
}

/** A festival ready for the Local API. */
export type FestivalSeed = {
  tenantSlug: string
  shared: {
    slug: string
    kind: 'festival' | 'commemoration' | 'tradition'
    recurrence: Recurrence & { approximate: boolean }
    /**
     * The heritage site where it is held, from data/map-anchors.json: the map shows the festival
     * at that site's coordinates (festivals carry no location of their own).
     */
    heritageSlug?: string
    sources: { url: string }[]
  }
  locales: Record<
    'vi' | 'en',
    {
      title: string
      ethnicGroup?: string
      place?: string
      summary: string
      description: RichTextState
      programme: { item: string }[]
      recurrenceNote?: string
    }
  >
}

/**
 * Maps a data/festivals.json item to the CMS shape and the tenant where it is held, linked to
 * the heritage site of its anchor when it has one.
 */
export function mapFestivalItem(
  item: FestivalItem,
  anchor: AnchoredLocation | null = null,
): FestivalSeed {
  const recurrence = recurrenceById[item.id] ?? {
    calendar: 'none' as const,
    approximate: false,
  }
  const kind =
    item.id === 'ky-niem-7-5'
      ? 'commemoration'
      : recurrence.calendar === 'none'
        ? 'tradition'
        : 'festival'

  return {
    tenantSlug: tenantSlugForAddress(item.place_vi),
    shared: {
      slug: item.id,
      kind,
      recurrence,
      heritageSlug: anchor?.heritageId,
      sources: item.sources.map((url) => ({ url })),
    },
    locales: {
      vi: {
        title: item.name_vi,
        place: item.place_vi,
        summary: item.description_vi,
        description: plainTextToRichText(item.description_vi),
        programme: [],
      },
      en: {
        title: item.name_en,
        ethnicGroup: item.ethnic_group,
        summary: item.description_en,
        description: plainTextToRichText(item.description_en),
        programme: item.activities.map((activity) => ({ item: activity })),
        recurrenceNote: item.timing.typical,
      },
    },
  }
}
