'use client'

import '@photo-sphere-viewer/core/index.css'
import '@photo-sphere-viewer/markers-plugin/index.css'
import { Viewer } from '@photo-sphere-viewer/core'
import { EquirectangularTilesAdapter } from '@photo-sphere-viewer/equirectangular-tiles-adapter'
import { MarkersPlugin } from '@photo-sphere-viewer/markers-plugin'
import { useEffect, useRef, useState } from 'react'
import type { Panorama, PanoramaMarker } from '@/domain/types'

export interface PanoramaViewerProps {
  panoramas: Panorama[]
  startId: string
  /** Where a marker linking to a heritage page or a product goes. */
  linkHref: (link: NonNullable<PanoramaMarker['link']>) => string
  labels: { loading: string; hotspots: string; followHint: string }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** The tooltip's HTML: the label, the description, and for a link how to follow it. */
function tooltipHtml(marker: PanoramaMarker, followHint: string): string {
  const parts = [`<strong>${escapeHtml(marker.label)}</strong>`]
  if (marker.description) parts.push(`<p>${escapeHtml(marker.description)}</p>`)
  if (marker.link) parts.push(`<small>${escapeHtml(followHint)}</small>`)

  return parts.join('')
}

function panoramaSource(pano: Panorama) {
  if (pano.tiles && pano.width) {
    const { urlPattern, cols, rows } = pano.tiles

    return {
      width: pano.width,
      cols,
      rows,
      baseUrl: pano.previewUrl ?? undefined,
      tileUrl: (col: number, row: number) =>
        urlPattern.replace('{col}', String(col)).replace('{row}', String(row)),
    }
  }

  // An untiled panorama is one tile: the preview first, then the full image.
  const full = pano.fullUrl ?? pano.previewUrl

  return {
    width: pano.width ?? 4096,
    cols: 1,
    rows: 1,
    baseUrl: pano.previewUrl ?? undefined,
    tileUrl: () => full,
  }
}

function markerElement(
  marker: PanoramaMarker,
  onKey: (marker: PanoramaMarker) => void,
): HTMLElement {
  const button = document.createElement('button')
  // The viewer reacts to pointers only; Enter and Space do the same from the keyboard.
  button.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    event.stopPropagation()
    onKey(marker)
  })
  button.type = 'button'
  button.className = 'pano-marker'
  button.setAttribute('aria-label', marker.label)
  button.dataset.testid = 'pano-marker'
  button.textContent = marker.link?.kind === 'panorama' ? '➜' : 'i'

  return button
}

function markersOf(pano: Panorama, onKey: (marker: PanoramaMarker) => void, followHint: string) {
  return pano.markers.map((marker) => ({
    id: marker.id,
    element: markerElement(marker, onKey),
    position: { yaw: marker.yaw, pitch: marker.pitch },
    anchor: 'center center',
    tooltip: {
      content: tooltipHtml(marker, followHint),
      trigger: 'click' as const,
      className: 'pano-tooltip',
    },
    data: marker,
  }))
}

/**
 * Photo Sphere Viewer with the tiles adapter (the preview shows first, then 512 px tiles load
 * as they come into view) and markers: a label on click, links to other panoramas of the tour,
 * to heritage pages and to products.
 */
export default function PanoramaViewer({
  panoramas,
  startId,
  linkHref,
  labels,
}: PanoramaViewerProps) {
  const container = useRef<HTMLDivElement>(null)
  const followRef = useRef<(marker: PanoramaMarker) => void>(() => undefined)
  const [currentId, setCurrentId] = useState(startId)
  const shown = panoramas.find((pano) => pano.id === currentId)

  useEffect(() => {
    const start = panoramas.find((pano) => pano.id === startId) ?? panoramas[0]
    if (!container.current || !start) return
    let current = start
    const shownTooltips = new Set<string>()
    const viewer = new Viewer({
      container: container.current,
      adapter: EquirectangularTilesAdapter,
      panorama: panoramaSource(start),
      caption: start.title,
      loadingTxt: labels.loading,
      navbar: ['zoom', 'move', 'caption', 'fullscreen'],
      // Lets tests and screenshots read the canvas back.
      rendererParameters: { preserveDrawingBuffer: true },
      plugins: [[MarkersPlugin, {}]],
    })
    const markers = viewer.getPlugin<MarkersPlugin>(MarkersPlugin)
    const follow = (data: PanoramaMarker, fromKeyboard: boolean) => {
      if (!data.link) {
        if (!fromKeyboard) return
        if (shownTooltips.delete(data.id)) markers.hideMarkerTooltip(data.id)
        else {
          shownTooltips.add(data.id)
          markers.showMarkerTooltip(data.id)
        }
        return
      }
      if (data.link.kind === 'panorama') {
        const next = panoramas.find((pano) => pano.id === data.link?.target)
        if (!next || next.id === current.id) return
        current = next
        setCurrentId(next.id)
        shownTooltips.clear()
        markers.clearMarkers()
        void viewer
          .setPanorama(panoramaSource(next), { caption: next.title, transition: { speed: 800 } })
          .then(() => markers.setMarkers(markersOf(next, onKey, labels.followHint)))
        return
      }
      window.location.assign(linkHref(data.link))
    }
    const onKey = (data: PanoramaMarker) => follow(data, true)
    followRef.current = onKey
    markers.setMarkers(markersOf(start, onKey, labels.followHint))
    // A click opens the label (the viewer toggles click tooltips right after this event); a
    // second click on a link whose label is open follows it.
    let openLink: string | null = null
    markers.addEventListener('select-marker', ({ marker }) => {
      const data = marker.data as PanoramaMarker | undefined
      if (!data?.link) return
      if (openLink === data.id) {
        openLink = null
        follow(data, false)
      } else openLink = data.id
    })
    markers.addEventListener('unselect-marker', ({ marker }) => {
      if (openLink === marker.id) openLink = null
    })

    return () => viewer.destroy()
  }, [panoramas, startId, linkHref, labels.loading, labels.followHint])

  return (
    <>
      <div ref={container} className="viewer__stage" data-testid="panorama-viewer" />
      {shown && shown.markers.length > 0 ? (
        <details className="viewer__list viewer__list--top">
          <summary>{labels.hotspots}</summary>
          <ul>
            {shown.markers.map((marker) => (
              <li key={marker.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => followRef.current(marker)}
                >
                  {marker.label}
                </button>
                {marker.description ? ` — ${marker.description}` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  )
}
