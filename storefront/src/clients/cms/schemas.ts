import { z } from 'zod'

// Payload REST shapes, as loose as the CMS may reasonably send them. Only the fields the site
// uses are named; everything is turned into the site's own types in map-*.ts.

/** A Payload document id: a number on PostgreSQL, a string on MongoDB. */
export const CmsId = z.union([z.number(), z.string()]).transform((id) => String(id))

const nullableString = z.string().nullish()
const nullableNumber = z.number().nullish()

/** A Payload upload document, or only its id when not populated. */
export const CmsMedia = z.union([
  CmsId,
  z.looseObject({
    id: CmsId.optional(),
    url: nullableString,
    alt: nullableString,
    width: nullableNumber,
    height: nullableNumber,
    filename: nullableString,
    mimeType: nullableString,
    sizes: z
      .record(
        z.string(),
        z
          .looseObject({ url: nullableString, width: nullableNumber, height: nullableNumber })
          .nullish(),
      )
      .nullish(),
  }),
])
export type CmsMedia = z.infer<typeof CmsMedia>

/** Payload's paginated list answer. */
export function cmsList<T extends z.ZodType>(doc: T) {
  return z.looseObject({ docs: z.array(doc), totalDocs: z.number().optional() })
}

/** A tenant document. */
export const CmsTenant = z.looseObject({
  id: CmsId,
  name: z.string().nullish(),
  slug: z.string(),
  domains: z.array(z.looseObject({ domain: z.string() })).nullish(),
  defaultLocale: z.enum(['vi', 'en']).nullish(),
  map: z.looseObject({ lat: nullableNumber, lng: nullableNumber, zoom: nullableNumber }).nullish(),
  contact: z.unknown().optional(),
  commerce: z
    .looseObject({ salesChannelId: nullableString, publishableKey: nullableString })
    .nullish(),
})
export type CmsTenant = z.infer<typeof CmsTenant>

/** Lexical rich text (only the tree shape is checked here). */
export const CmsRichText = z.unknown()

const CmsLocation = z
  .looseObject({
    address: nullableString,
    commune: nullableString,
    lat: nullableNumber,
    lng: nullableNumber,
    latitude: nullableNumber,
    longitude: nullableNumber,
  })
  .nullish()

/** A relationship: a populated document or only its id. */
const CmsRelation = z.union([
  CmsId,
  z.looseObject({ id: CmsId.optional(), slug: nullableString, handle: nullableString }),
])

/** A hotspot of a CMS panorama: yaw and pitch in degrees, and what it links to. */
const CmsHotspot = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish(),
  yaw: z.number().nullish(),
  pitch: z.number().nullish(),
  label: nullableString,
  text: nullableString,
  target: nullableString,
  panorama: CmsRelation.nullish(),
  heritage: CmsRelation.nullish(),
  productHandle: nullableString,
})
export type CmsHotspot = z.infer<typeof CmsHotspot>

/**
 * A document of the CMS's `panoramas` upload collection: the equirectangular image itself, its
 * tile grid (preview and tiles are served by `/api/panoramas/:id/preview|tiles/:col/:row`) and
 * hotspots. A hotspot's target panorama may itself be populated (one level less deep).
 */
export const CmsPanorama = z.looseObject({
  id: CmsId,
  title: nullableString,
  caption: nullableString,
  url: nullableString,
  width: nullableNumber,
  height: nullableNumber,
  tiles: z
    .looseObject({
      width: nullableNumber,
      cols: nullableNumber,
      rows: nullableNumber,
      tileSize: nullableNumber,
    })
    .nullish(),
  hotspots: z.array(CmsHotspot).nullish(),
})
export type CmsPanorama = z.infer<typeof CmsPanorama>

/** A document of the CMS's `models` upload collection: the original GLB and its derivative. */
export const CmsModel = z.looseObject({
  id: CmsId,
  title: nullableString,
  description: nullableString,
  url: nullableString,
  poster: CmsMedia.nullish(),
  derivative: z.looseObject({ filename: nullableString, bytes: nullableNumber }).nullish(),
  annotations: z
    .array(
      z.looseObject({
        id: z.union([z.string(), z.number()]).nullish(),
        label: nullableString,
        text: nullableString,
        position: z.looseObject({ x: z.number(), y: z.number(), z: z.number() }).nullish(),
      }),
    )
    .nullish(),
})
export type CmsModel = z.infer<typeof CmsModel>

/** A document of the CMS's `audio-guides` upload collection; captions are WebVTT text. */
export const CmsAudioGuide = z.looseObject({
  id: CmsId,
  title: nullableString,
  url: nullableString,
  language: nullableString,
  captions: nullableString,
})
export type CmsAudioGuide = z.infer<typeof CmsAudioGuide>

/** A hasMany relationship: populated documents (kept) or bare ids (dropped when mapping). */
const populated = <T extends z.ZodType>(doc: T) => z.array(z.union([CmsId, doc])).nullish()

/** A heritage site document (depth 1, one locale). */
export const CmsHeritageSite = z.looseObject({
  id: CmsId,
  slug: z.string(),
  title: nullableString,
  name: nullableString,
  summary: nullableString,
  excerpt: nullableString,
  description: CmsRichText.optional(),
  body: CmsRichText.optional(),
  content: CmsRichText.optional(),
  address: nullableString,
  keyFacts: z.array(z.looseObject({ fact: nullableString })).nullish(),
  heritageRank: nullableString,
  kind: nullableString,
  hours: z.unknown().optional(),
  openingHours: z.unknown().optional(),
  ticketPrice: z.union([z.number(), z.string()]).nullish(),
  ticketPriceVnd: z.union([z.number(), z.string()]).nullish(),
  heroImage: CmsMedia.nullish(),
  coverImage: CmsMedia.nullish(),
  image: CmsMedia.nullish(),
  gallery: z.array(z.union([CmsMedia, z.looseObject({ image: CmsMedia.nullish() })])).nullish(),
  location: CmsLocation,
  lat: nullableNumber,
  lng: nullableNumber,
  panoramas: populated(CmsPanorama),
  models: populated(CmsModel),
  audioGuides: populated(CmsAudioGuide),
  relatedProducts: z.unknown().optional(),
  relatedProductHandles: z.unknown().optional(),
  relatedFestivals: z.unknown().optional(),
})
export type CmsHeritageSite = z.infer<typeof CmsHeritageSite>

/** A festival document. */
export const CmsFestival = z.looseObject({
  id: CmsId,
  slug: z.string(),
  title: nullableString,
  name: nullableString,
  summary: nullableString,
  description: CmsRichText.optional(),
  body: CmsRichText.optional(),
  calendar: nullableString,
  calendarType: nullableString,
  recurrence: z
    .looseObject({
      calendar: nullableString,
      day: nullableNumber,
      month: nullableNumber,
      durationDays: nullableNumber,
      leapMonth: z.boolean().nullish(),
    })
    .nullish(),
  nextOccurrences: z
    .union([z.array(z.looseObject({ start: z.string(), end: nullableString })), z.unknown()])
    .optional(),
  images: z.array(CmsMedia).nullish(),
  heritageSite: z.unknown().optional(),
  relatedExperienceHandles: z.unknown().optional(),
  lunarDay: nullableNumber,
  lunarMonth: nullableNumber,
  lunar: z.looseObject({ day: nullableNumber, month: nullableNumber }).nullish(),
  durationDays: nullableNumber,
  startDate: nullableString,
  endDate: nullableString,
  nextStartDate: nullableString,
  nextEndDate: nullableString,
  place: z.unknown().optional(),
  location: CmsLocation,
  lat: nullableNumber,
  lng: nullableNumber,
  programme: z
    .array(
      z.looseObject({
        time: nullableString,
        title: nullableString,
        activity: nullableString,
        label: nullableString,
      }),
    )
    .nullish(),
  image: CmsMedia.nullish(),
  heroImage: CmsMedia.nullish(),
  relatedProducts: z.unknown().optional(),
  relatedProductHandles: z.unknown().optional(),
})
export type CmsFestival = z.infer<typeof CmsFestival>

/** A place document. */
export const CmsPlace = z.looseObject({
  id: CmsId,
  slug: z.string(),
  title: nullableString,
  name: nullableString,
  kind: nullableString,
  type: nullableString,
  category: nullableString,
  summary: nullableString,
  description: CmsRichText.optional(),
  openingHours: nullableString,
  contact: z.record(z.string(), z.unknown()).nullish(),
  images: z.array(CmsMedia).nullish(),
  location: CmsLocation,
  lat: nullableNumber,
  lng: nullableNumber,
})
export type CmsPlace = z.infer<typeof CmsPlace>

/** A story document. */
export const CmsStory = z.looseObject({
  id: CmsId,
  slug: z.string(),
  title: nullableString,
  excerpt: nullableString,
  body: CmsRichText.optional(),
  author: nullableString,
  publishedAt: nullableString,
  cover: CmsMedia.nullish(),
})
export type CmsStory = z.infer<typeof CmsStory>
