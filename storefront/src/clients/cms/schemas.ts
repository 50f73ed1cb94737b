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

const CmsHotspot = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish(),
  yaw: z.number().nullish(),
  pitch: z.number().nullish(),
  label: nullableString,
  title: nullableString,
  description: nullableString,
  linkType: nullableString,
  kind: nullableString,
  target: z.unknown().optional(),
  targetPanorama: z.unknown().optional(),
  targetHeritage: z.unknown().optional(),
  productHandle: nullableString,
  position: z.unknown().optional(),
  x: nullableNumber,
  y: nullableNumber,
  z: nullableNumber,
})
export type CmsHotspot = z.infer<typeof CmsHotspot>

const CmsPanorama = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish(),
  title: nullableString,
  image: CmsMedia.nullish(),
  panorama: CmsMedia.nullish(),
  previewUrl: nullableString,
  tiles: z.unknown().optional(),
  hotspots: z.array(CmsHotspot).nullish(),
  markers: z.array(CmsHotspot).nullish(),
})

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
  panoramas: z.array(CmsPanorama).nullish(),
  panorama: CmsPanorama.nullish(),
  model: z.unknown().optional(),
  model3d: z.unknown().optional(),
  modelPoster: CmsMedia.nullish(),
  annotations: z.array(CmsHotspot).nullish(),
  audioGuide: z.unknown().optional(),
  audio: z.unknown().optional(),
  captions: z.unknown().optional(),
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
