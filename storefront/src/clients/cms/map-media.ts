import { env } from '@/config/env'
import type { ImageRef } from '@/domain/types'
import type { CmsMedia } from './schemas'

/**
 * Serves a CMS file through the storefront's own origin (`/cms/...`), so the browser never needs
 * to reach the CMS host. Absolute URLs elsewhere are kept as they are.
 */
export function cmsFileUrl(url: string | null | undefined): string | null {
  if (!url) return null
  if (url.startsWith('/')) return `/cms${url}`
  const cms = new URL(env().CMS_URL)
  try {
    const parsed = new URL(url)
    if (parsed.host === cms.host) return `/cms${parsed.pathname}${parsed.search}`
  } catch {
    return null
  }

  return url
}

/** Turns a populated Payload upload into an image for the page, or null when not populated. */
export function mapMedia(media: CmsMedia | null | undefined, fallbackAlt: string): ImageRef | null {
  if (!media || typeof media === 'string') return null
  const url = cmsFileUrl(media.url)
  if (!url) return null

  return {
    url,
    alt: media.alt?.trim() || fallbackAlt,
    width: media.width ?? null,
    height: media.height ?? null,
  }
}

/** A smaller rendition of an image when the CMS made one (e.g. `card`, `thumbnail`). */
export function mapMediaSize(
  media: CmsMedia | null | undefined,
  size: string,
  fallbackAlt: string,
): ImageRef | null {
  const full = mapMedia(media, fallbackAlt)
  if (!full || !media || typeof media === 'string') return full
  const sized = media.sizes?.[size]
  const url = cmsFileUrl(sized?.url)
  if (!sized || !url) return full

  return { url, alt: full.alt, width: sized.width ?? null, height: sized.height ?? null }
}
