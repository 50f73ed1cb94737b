import type { Panorama, PanoramaMarker } from '@/domain/types'
import { cmsFileUrl } from './map-media'
import { firstText } from './pick'
import { CmsPanorama, type CmsHotspot } from './schemas'

const isPowerOfTwo = (value: number) =>
  Number.isInteger(value) && value > 0 && (value & (value - 1)) === 0

const radians = (degrees: number) => (degrees * Math.PI) / 180

/** The id or slug a relationship points at (populated or not). */
function relationKey(value: CmsHotspot['panorama'], key: 'id' | 'slug'): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return key === 'id' ? value : null

  return key === 'slug' ? firstText(value.slug) : (value.id ?? null)
}

function mapLink(spot: CmsHotspot): PanoramaMarker['link'] {
  switch (spot.target) {
    case 'panorama': {
      const target = relationKey(spot.panorama, 'id')

      return target ? { kind: 'panorama', target } : null
    }
    case 'heritage': {
      const target = relationKey(spot.heritage, 'slug')

      return target ? { kind: 'heritage', target } : null
    }
    case 'product': {
      const target = firstText(spot.productHandle)

      return target ? { kind: 'product', target } : null
    }
    default:
      return null
  }
}

/** A CMS hotspot (degrees) as a viewer marker (radians); null without a position. */
export function mapHotspot(spot: CmsHotspot, index: number): PanoramaMarker | null {
  if (typeof spot.yaw !== 'number' || typeof spot.pitch !== 'number') return null

  return {
    id: spot.id === null || spot.id === undefined ? `marker-${index}` : String(spot.id),
    yaw: radians(spot.yaw),
    pitch: radians(spot.pitch),
    label: firstText(spot.label) ?? `#${index + 1}`,
    description: firstText(spot.text),
    link: mapLink(spot),
  }
}

/**
 * A document of the CMS's `panoramas` collection as a tour stop. Its preview and tiles come from
 * the CMS's `/api/panoramas/:id/preview` and `/tiles/:col/:row`, through our `/cms/` origin. The
 * viewer's tiles need a power-of-two grid; any other grid shows the preview, then the full image.
 */
export function mapPanorama(pano: CmsPanorama, fallbackTitle: string): Panorama | null {
  const fullUrl = cmsFileUrl(pano.url)
  if (!fullUrl) return null
  const base = `/cms/api/panoramas/${encodeURIComponent(pano.id)}`
  const grid = pano.tiles
  const tiled =
    grid?.cols && grid.rows && grid.width && isPowerOfTwo(grid.cols) && isPowerOfTwo(grid.rows)
      ? { urlPattern: `${base}/tiles/{col}/{row}`, cols: grid.cols, rows: grid.rows }
      : null

  return {
    id: pano.id,
    title: firstText(pano.title, pano.caption) ?? fallbackTitle,
    width: tiled ? (grid?.width ?? null) : (pano.width ?? null),
    previewUrl: grid?.cols ? `${base}/preview` : null,
    fullUrl,
    tiles: tiled,
    markers: (pano.hotspots ?? [])
      .map(mapHotspot)
      .filter((marker): marker is PanoramaMarker => marker !== null),
  }
}

/**
 * The site's panoramas, then the panoramas their hotspots lead to that the site does not list
 * itself (populated one level deeper), so every "go to" hotspot has somewhere to go.
 */
export function mapPanoramas(
  docs: readonly (string | CmsPanorama)[],
  fallbackTitle: string,
): Panorama[] {
  const listed = docs.filter((doc): doc is CmsPanorama => typeof doc !== 'string')
  const linked = listed.flatMap((doc) =>
    (doc.hotspots ?? []).map((spot) => CmsPanorama.safeParse(spot.panorama).data ?? null),
  )
  const seen = new Set<string>()

  return [...listed, ...linked]
    .filter((doc): doc is CmsPanorama => doc !== null)
    .filter((doc) => !seen.has(doc.id) && Boolean(seen.add(doc.id)))
    .map((doc) => mapPanorama(doc, fallbackTitle))
    .filter((pano): pano is Panorama => pano !== null)
}
