import { cmsFileUrl } from './map-media'

/** The first text among `values` that is not blank. */
export function firstText(...values: unknown[]): string | null {
  for (const value of values) {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
  }

  return null
}

/** A number from a number or a numeric string ("100000", "100.000"). */
export function toNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value === 'string') {
    const digits = value.replace(/[.\s,₫đ]/g, '')
    const parsed = Number(digits)

    return digits !== '' && Number.isFinite(parsed) ? parsed : null
  }

  return null
}

/** The URL of an upload (populated document or plain URL), served through our origin. */
export function fileUrlOf(value: unknown): string | null {
  if (typeof value === 'string') return value.includes('/') ? cmsFileUrl(value) : null
  if (value && typeof value === 'object' && 'url' in value) {
    return cmsFileUrl(typeof value.url === 'string' ? value.url : null)
  }

  return null
}

/** A latitude/longitude pair from the shapes the CMS may use. */
export function pickLocation(
  location:
    | {
        lat?: number | null
        lng?: number | null
        latitude?: number | null
        longitude?: number | null
      }
    | null
    | undefined,
  lat?: number | null,
  lng?: number | null,
): { lat: number; lng: number } | null {
  const la = location?.lat ?? location?.latitude ?? lat
  const ln = location?.lng ?? location?.longitude ?? lng
  if (typeof la !== 'number' || typeof ln !== 'number') return null

  return { lat: la, lng: ln }
}

/** Handles or slugs from a relationship or array field: strings, `{handle}`, `{slug}`. */
export function handlesOf(value: unknown): string[] {
  if (!Array.isArray(value)) return []

  return value
    .map((entry: unknown) => {
      if (typeof entry === 'string') return entry
      if (entry && typeof entry === 'object') {
        const record = entry as Record<string, unknown>

        return firstText(record.handle, record.slug, record.productHandle)
      }

      return null
    })
    .filter((handle): handle is string => handle !== null)
}
