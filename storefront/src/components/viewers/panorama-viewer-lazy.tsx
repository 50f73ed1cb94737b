'use client'

import dynamic from 'next/dynamic'
import { useCallback, useState } from 'react'
import type { Locale, Panorama, PanoramaMarker } from '@/domain/types'
import { localePath } from '@/i18n/locales'

const PanoramaViewer = dynamic(() => import('./panorama-viewer'), { ssr: false })

interface PanoramaViewerLazyProps {
  panoramas: Panorama[]
  locale: Locale
  labels: {
    open: string
    loading: string
    title: string
    hotspots: string
    followHint: string
  }
}

/**
 * The 360° tour, client-only and loaded only when opened: until then the panorama's small
 * preview stands in its box (same size, so nothing shifts).
 */
export function PanoramaViewerLazy({ panoramas, locale, labels }: PanoramaViewerLazyProps) {
  const [open, setOpen] = useState(false)
  const first = panoramas[0]
  const linkHref = useCallback(
    (link: NonNullable<PanoramaMarker['link']>) =>
      localePath(
        locale,
        link.kind === 'product' ? `/shop/${link.target}` : `/heritage/${link.target}`,
      ),
    [locale],
  )
  if (!first) return null

  return (
    <div className="viewer" data-testid="panorama-section">
      {open ? (
        <PanoramaViewer
          panoramas={panoramas}
          startId={first.id}
          linkHref={linkHref}
          labels={{
            loading: labels.loading,
            hotspots: labels.hotspots,
            followHint: labels.followHint,
          }}
        />
      ) : (
        <button
          type="button"
          className="viewer__poster"
          onClick={() => setOpen(true)}
          data-testid="open-panorama"
        >
          {first.previewUrl ? (
            // A stand-in, not content: the button's text names it.
            <img
              src={first.previewUrl}
              alt=""
              width={1024}
              height={512}
              loading="lazy"
              decoding="async"
            />
          ) : null}
          <span className="viewer__cta">{labels.open}</span>
        </button>
      )}
    </div>
  )
}
