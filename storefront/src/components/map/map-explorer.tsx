'use client'

import dynamic from 'next/dynamic'
import { useState } from 'react'
import { type MapPoint, type MapPointType, mapPointTypes } from './map-types'
import type { TourismMapProps } from './tourism-map'

const TourismMap = dynamic(() => import('./tourism-map'), {
  ssr: false,
  loading: () => <div className="tourism-map tourism-map--loading" aria-hidden="true" />,
})

interface MapExplorerProps {
  points: MapPoint[]
  center: TourismMapProps['center']
  styleUrl: string | null
  labels: TourismMapProps['labels'] & { filter: string; list: string; noBasemap: string }
}

/** Type filters, the map (client-only), and the same points as a list for keyboard and readers. */
export function MapExplorer({ points, center, styleUrl, labels }: MapExplorerProps) {
  const present = mapPointTypes.filter((type) => points.some((point) => point.type === type))
  const [visible, setVisible] = useState<MapPointType[]>(present)

  function toggle(type: MapPointType) {
    setVisible((current) =>
      current.includes(type) ? current.filter((entry) => entry !== type) : [...current, type],
    )
  }

  return (
    <div className="map-explorer">
      <fieldset className="map-explorer__filters">
        <legend>{labels.filter}</legend>
        {present.map((type) => (
          <label key={type} className="checkbox">
            <input type="checkbox" checked={visible.includes(type)} onChange={() => toggle(type)} />
            <span className={`dot dot--${type}`} aria-hidden="true" /> {labels.types[type]}
          </label>
        ))}
      </fieldset>
      {styleUrl ? null : <p className="hint">{labels.noBasemap}</p>}
      <TourismMap
        points={points}
        visible={visible}
        center={center}
        styleUrl={styleUrl}
        labels={labels}
      />
      <h2>{labels.list}</h2>
      <ul className="map-explorer__list">
        {points
          .filter((point) => visible.includes(point.type))
          .map((point) => (
            <li key={`${point.type}-${point.id}`}>
              <span className={`dot dot--${point.type}`} aria-hidden="true" />{' '}
              <a href={point.url}>{point.title}</a>{' '}
              <span className="muted">({labels.types[point.type]})</span>
            </li>
          ))}
      </ul>
    </div>
  )
}
