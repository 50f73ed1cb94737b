// The storefront's own types. Clients turn vendor responses into these; components see only
// these.

/** A language the site is offered in. */
export type Locale = 'vi' | 'en'

/** An image ready for an <img>: absolute or same-origin URL, alt text and intrinsic size. */
export interface ImageRef {
  url: string
  alt: string
  width: number | null
  height: number | null
}

/** A geographic point. */
export interface GeoPoint {
  lat: number
  lng: number
}

/** A locality running its own site. */
export interface Tenant {
  id: string
  slug: string
  name: string
  domains: string[]
  defaultLocale: Locale
  map: { lat: number; lng: number; zoom: number } | null
  contact: string | null
  commerce: { salesChannelId: string | null; publishableKey: string | null }
}

/** A marker on a panorama: a label, and optionally a link to another panorama or page. */
export interface PanoramaMarker {
  id: string
  /** Radians, as the viewer takes them (the CMS stores degrees). */
  yaw: number
  /** Radians. */
  pitch: number
  label: string
  description: string | null
  link: { kind: 'panorama' | 'heritage' | 'product'; target: string } | null
}

/** An equirectangular panorama cut into a preview and tiles. */
export interface Panorama {
  id: string
  title: string
  /** Full panorama width in pixels (the tiles cover it). */
  width: number | null
  previewUrl: string | null
  fullUrl: string | null
  tiles: { urlPattern: string; cols: number; rows: number } | null
  markers: PanoramaMarker[]
}

/** A note pinned to a point of a 3D model. */
export interface ModelAnnotation {
  id: string
  label: string
  description: string | null
  position: [number, number, number]
}

/** A 3D model with its light phone derivative and a poster image. */
export interface HeritageModel {
  id: string
  title: string
  url: string
  phoneUrl: string | null
  poster: ImageRef | null
  annotations: ModelAnnotation[]
}

/** An audio guide with captions (WebVTT) in the page's language. */
export interface AudioGuide {
  url: string
  captionsUrl: string | null
  title: string
}

/** A heritage site as listed. */
export interface HeritageSummary {
  id: string
  slug: string
  title: string
  summary: string | null
  image: ImageRef | null
  location: GeoPoint | null
}

/** A heritage site with everything its page shows. */
export interface HeritageSite extends HeritageSummary {
  paragraphs: string[]
  keyFacts: string[]
  rank: string | null
  address: string | null
  hours: string | null
  ticketPriceVnd: number | null
  gallery: ImageRef[]
  panoramas: Panorama[]
  models: HeritageModel[]
  audioGuide: AudioGuide | null
  relatedProductHandles: string[]
  relatedFestivalSlugs: string[]
}

/** A date in the Vietnamese lunar calendar. */
export interface LunarDay {
  day: number
  month: number
  year: number
  leap: boolean
}

/** A festival and its dates, stored in UTC and shown in Asia/Ho_Chi_Minh. */
export interface Festival {
  id: string
  slug: string
  title: string
  summary: string | null
  paragraphs: string[]
  calendar: 'solar' | 'lunar'
  /** The lunar day and month it falls on every year, for lunar festivals. */
  lunar: { day: number; month: number } | null
  /** The solar day and month it falls on every year, for fixed-date festivals. */
  solar: { day: number; month: number } | null
  /** Upcoming editions the CMS resolved (ISO days), soonest first. */
  editions: { start: string; end: string }[]
  /** How many days it lasts (at least 1). */
  durationDays: number
  /** ISO date (YYYY-MM-DD) of the next or current edition, when known. */
  startDate: string | null
  endDate: string | null
  place: string | null
  programme: { time: string | null; title: string }[]
  image: ImageRef | null
  location: GeoPoint | null
  relatedProductHandles: string[]
}

/** A tourism place: attraction, food, lodging, viewpoint. */
export interface Place {
  id: string
  slug: string
  title: string
  kind: string
  summary: string | null
  location: GeoPoint | null
}

/** A place with everything its page shows. */
export interface PlaceDetail extends Place {
  paragraphs: string[]
  hours: string | null
  address: string | null
  contact: string | null
  images: ImageRef[]
}

/** A story (article) about the locality. */
/** A story as listed. */
export interface StorySummary {
  id: string
  slug: string
  title: string
  excerpt: string | null
  author: string | null
  publishedAt: string | null
  cover: ImageRef | null
}

/** A story with its text. */
export interface Story {
  id: string
  slug: string
  title: string
  excerpt: string | null
  paragraphs: string[]
  author: string | null
  publishedAt: string | null
  cover: ImageRef | null
}

/** An OCOP certificate as the site shows it; `stars` is null unless valid today. */
export interface OcopCertificate {
  stars: number | null
  status: string
  group: string | null
  certificateNumber: string | null
  issuedAt: string | null
  expiresAt: string | null
}

/** One purchasable variant of a product. */
export interface ProductVariant {
  id: string
  title: string
  priceVnd: number | null
  inventoryQuantity: number | null
}

/** An OCOP product or a bookable experience. */
export interface Product {
  id: string
  handle: string
  kind: 'product' | 'experience'
  title: string
  description: string | null
  thumbnail: ImageRef | null
  images: ImageRef[]
  priceVnd: number | null
  variants: ProductVariant[]
  ocop: OcopCertificate | null
  cooperative: { handle: string; name: string } | null
  origin: { commune: string | null; location: GeoPoint | null }
  updatedAt: string | null
}

/** A page of products and the total count. */
export interface ProductPage {
  products: Product[]
  count: number
}

/** A cooperative selling on the site. */
export interface Cooperative {
  handle: string
  name: string
  description: string | null
  commune: string | null
  location: GeoPoint | null
  image: ImageRef | null
}
