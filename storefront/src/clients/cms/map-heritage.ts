import type {
  AudioGuide,
  HeritageModel,
  HeritageSite,
  HeritageSummary,
  ModelAnnotation,
  Panorama,
  PanoramaMarker,
} from '@/domain/types'
import { mapMedia, mapMediaSize } from './map-media'
import { fileUrlOf, firstText, handlesOf, pickLocation, toNumber } from './pick'
import { richTextToParagraphs } from './rich-text-to-paragraphs'
import { CmsMedia, type CmsHeritageSite, type CmsHotspot } from './schemas'

type CmsPanorama = NonNullable<CmsHeritageSite['panorama']>

function titleOf(doc: CmsHeritageSite): string {
  return firstText(doc.title, doc.name) ?? doc.slug
}

function slugOrId(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>

    return firstText(
      record.slug,
      record.handle,
      typeof record.id === 'number' ? String(record.id) : record.id,
    )
  }

  return null
}

function mapMarker(spot: CmsHotspot, index: number): PanoramaMarker | null {
  if (typeof spot.yaw !== 'number' || typeof spot.pitch !== 'number') return null
  const kind = firstText(spot.linkType, spot.kind)
  let link: PanoramaMarker['link'] = null
  const panoramaTarget = slugOrId(spot.targetPanorama ?? (kind === 'panorama' ? spot.target : null))
  const heritageTarget = slugOrId(spot.targetHeritage ?? (kind === 'heritage' ? spot.target : null))
  const productTarget = firstText(
    spot.productHandle,
    kind === 'product' ? slugOrId(spot.target) : null,
  )
  if (panoramaTarget) link = { kind: 'panorama', target: panoramaTarget }
  else if (heritageTarget) link = { kind: 'heritage', target: heritageTarget }
  else if (productTarget) link = { kind: 'product', target: productTarget }

  return {
    id: spot.id === null || spot.id === undefined ? `marker-${index}` : String(spot.id),
    yaw: spot.yaw,
    pitch: spot.pitch,
    label: firstText(spot.label, spot.title) ?? `#${index + 1}`,
    description: firstText(spot.description),
    link,
  }
}

function mapTiles(value: unknown): Panorama['tiles'] {
  if (!value || typeof value !== 'object') return null
  const tiles = value as Record<string, unknown>
  const urlPattern = fileUrlOf(firstText(tiles.urlPattern, tiles.url, tiles.baseUrl))
  const cols = toNumber(tiles.cols)
  const rows = toNumber(tiles.rows)
  if (!urlPattern || !cols || !rows) return null

  return { urlPattern, cols, rows }
}

function mapPanorama(pano: CmsPanorama, index: number, title: string): Panorama | null {
  const media = pano.panorama ?? pano.image
  const record = media && typeof media === 'object' ? (media as Record<string, unknown>) : {}
  const fullUrl = fileUrlOf(media)
  const previewUrl = fileUrlOf(pano.previewUrl ?? record.previewUrl ?? (record.preview as unknown))
  const tiles = mapTiles(pano.tiles ?? record.tiles)
  if (!fullUrl && !previewUrl && !tiles) return null

  return {
    id: pano.id === null || pano.id === undefined ? `pano-${index}` : String(pano.id),
    title: firstText(pano.title) ?? title,
    width: toNumber(record.width),
    previewUrl,
    fullUrl,
    tiles,
    markers: [...(pano.hotspots ?? []), ...(pano.markers ?? [])]
      .map(mapMarker)
      .filter((marker): marker is PanoramaMarker => marker !== null),
  }
}

function mapAnnotation(spot: CmsHotspot, index: number): ModelAnnotation | null {
  const raw = Array.isArray(spot.position) ? spot.position : [spot.x, spot.y, spot.z]
  const position = raw.map(toNumber)
  if (position.length !== 3 || position.some((value) => value === null)) return null

  return {
    id: spot.id === null || spot.id === undefined ? `annotation-${index}` : String(spot.id),
    label: firstText(spot.label, spot.title) ?? `#${index + 1}`,
    description: firstText(spot.description),
    position: position as [number, number, number],
  }
}

function mapModel(doc: CmsHeritageSite, title: string): HeritageModel | null {
  const model = doc.model ?? doc.model3d
  const record = model && typeof model === 'object' ? (model as Record<string, unknown>) : {}
  const url = fileUrlOf(record.file ?? model)
  if (!url) return null
  const annotations = Array.isArray(record.annotations)
    ? (record.annotations as CmsHotspot[])
    : (doc.annotations ?? [])

  return {
    url,
    phoneUrl: fileUrlOf(record.phoneUrl ?? record.phone ?? record.derivative),
    poster: mapMedia((record.poster as never) ?? doc.modelPoster, title),
    annotations: annotations
      .map(mapAnnotation)
      .filter((annotation): annotation is ModelAnnotation => annotation !== null),
  }
}

function mapAudio(doc: CmsHeritageSite, title: string): AudioGuide | null {
  const audio = doc.audioGuide ?? doc.audio
  const record = audio && typeof audio === 'object' ? (audio as Record<string, unknown>) : {}
  const url = fileUrlOf(record.file ?? audio)
  if (!url) return null

  return {
    url,
    captionsUrl: fileUrlOf(record.captions ?? record.captionsFile ?? doc.captions),
    title: firstText(record.title) ?? title,
  }
}

type GalleryEntry = NonNullable<CmsHeritageSite['gallery']>[number]

function galleryMedia(entry: GalleryEntry): CmsMedia | null {
  if (entry && typeof entry === 'object' && 'image' in entry && !('url' in entry)) {
    return CmsMedia.safeParse(entry.image).data ?? null
  }

  return CmsMedia.safeParse(entry).data ?? null
}

function hoursText(value: unknown): string | null {
  if (typeof value === 'string') return firstText(value)
  if (Array.isArray(value)) {
    const lines = value
      .map((entry: unknown) =>
        entry && typeof entry === 'object'
          ? Object.values(entry as Record<string, unknown>)
              .filter((part): part is string => typeof part === 'string')
              .join(' ')
          : '',
      )
      .filter(Boolean)

    return lines.length > 0 ? lines.join('; ') : null
  }

  return null
}

/** The site's lead picture: a dedicated hero field, else the first picture of the gallery. */
function leadMedia(doc: CmsHeritageSite): CmsMedia | null {
  const first = doc.gallery?.[0]

  return doc.heroImage ?? doc.coverImage ?? doc.image ?? (first ? galleryMedia(first) : null)
}

/** Turns a CMS heritage document into the summary shown in lists. */
export function mapHeritageSummary(doc: CmsHeritageSite): HeritageSummary {
  const title = titleOf(doc)

  return {
    id: doc.id,
    slug: doc.slug,
    title,
    summary: firstText(doc.summary, doc.excerpt),
    image: mapMediaSize(leadMedia(doc), 'card', title),
    location: pickLocation(doc.location, doc.lat, doc.lng),
  }
}

/** Turns a CMS heritage document into the full page model. */
export function mapHeritageSite(doc: CmsHeritageSite): HeritageSite {
  const summary = mapHeritageSummary(doc)
  const panoramaSources = [...(doc.panorama ? [doc.panorama] : []), ...(doc.panoramas ?? [])]

  return {
    ...summary,
    image: mapMediaSize(leadMedia(doc), 'hero', summary.title),
    paragraphs: richTextToParagraphs(doc.description ?? doc.body ?? doc.content),
    address: firstText(doc.location?.address, doc.address),
    keyFacts: (doc.keyFacts ?? [])
      .map((entry) => firstText(entry.fact))
      .filter((fact) => fact !== null),
    rank: firstText(doc.heritageRank),
    hours: hoursText(doc.hours ?? doc.openingHours),
    ticketPriceVnd: toNumber(doc.ticketPriceVnd ?? doc.ticketPrice),
    // When the lead picture is the gallery's first, the gallery shows the others.
    gallery: (doc.gallery ?? [])
      .slice((doc.heroImage ?? doc.coverImage ?? doc.image) ? 0 : 1)
      .map((entry) => mapMediaSize(galleryMedia(entry), 'card', summary.title))
      .filter((image) => image !== null),
    panoramas: panoramaSources
      .map((pano, index) => mapPanorama(pano, index, summary.title))
      .filter((pano): pano is Panorama => pano !== null),
    model: mapModel(doc, summary.title),
    audioGuide: mapAudio(doc, summary.title),
    relatedProductHandles: handlesOf(doc.relatedProductHandles ?? doc.relatedProducts),
    relatedFestivalSlugs: handlesOf(doc.relatedFestivals),
  }
}
