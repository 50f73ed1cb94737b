import Link from 'next/link'
import type { GeoPoint } from '@/domain/types'

/**
 * A light map snippet: the point and its coordinates on a plain panel, linking to the full
 * map (the interactive map loads only on the map page).
 */
export function MapSnippet({
  point,
  label,
  mapHref,
  linkText,
}: {
  point: GeoPoint
  label: string
  mapHref: string
  linkText: string
}) {
  return (
    <figure className="map-snippet">
      <svg viewBox="0 0 320 120" width="320" height="120" role="img" aria-label={label}>
        <rect width="320" height="120" fill="#e9eef0" />
        <path
          d="M0 80 C60 60 120 100 180 70 S280 50 320 64"
          stroke="#9fc1cf"
          strokeWidth="10"
          fill="none"
        />
        <circle cx="160" cy="56" r="9" fill="#6b2152" stroke="#fff" strokeWidth="3" />
      </svg>
      <figcaption>
        {point.lat.toFixed(4)}, {point.lng.toFixed(4)} · <Link href={mapHref}>{linkText}</Link>
      </figcaption>
    </figure>
  )
}
