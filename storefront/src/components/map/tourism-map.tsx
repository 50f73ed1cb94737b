'use client'

import 'maplibre-gl/dist/maplibre-gl.css'
import {
  Map as MapLibre,
  Popup,
  setWorkerUrl,
  type GeoJSONSource,
  type StyleSpecification,
} from 'maplibre-gl'
import { useEffect, useRef } from 'react'
import type { MapPoint, MapPointType } from './map-types'

export interface TourismMapProps {
  points: MapPoint[]
  visible: MapPointType[]
  center: { lat: number; lng: number; zoom: number }
  styleUrl: string | null
  labels: { open: string; types: Record<MapPointType, string> }
}

const colours: Record<MapPointType, string> = {
  heritage: '#6b2152',
  place: '#1d5c3a',
  festival: '#b3261e',
  cooperative: '#7a4b00',
  experience: '#1a5fb4',
}

/** Without a configured base map the layers sit on a plain background (no tile server). */
const plainStyle: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#e9eef0' } }],
}

function geojson(points: MapPoint[], visible: MapPointType[]): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: points
      .filter((point) => visible.includes(point.type))
      .map((point) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [point.lng, point.lat] },
        properties: { id: point.id, type: point.type, title: point.title, url: point.url },
      })),
  }
}

function popupContent(title: string, url: string, type: string, open: string): HTMLElement {
  const box = document.createElement('div')
  const kind = document.createElement('p')
  kind.className = 'map-popup__type'
  kind.textContent = type
  const heading = document.createElement('strong')
  heading.textContent = title
  const link = document.createElement('a')
  link.href = url
  link.textContent = open
  box.append(kind, heading, document.createElement('br'), link)

  return box
}

/**
 * The tourism map (MapLibre, worker served from our own origin): clustered points coloured by
 * type, a popup with a link on click, clusters zoom in on click.
 */
export default function TourismMap({ points, visible, center, styleUrl, labels }: TourismMapProps) {
  const container = useRef<HTMLDivElement>(null)
  const map = useRef<MapLibre | null>(null)

  useEffect(() => {
    if (!container.current) return
    setWorkerUrl('/vendor/maplibre-gl-worker.mjs')
    const instance = new MapLibre({
      container: container.current,
      style: styleUrl ?? plainStyle,
      center: [center.lng, center.lat],
      zoom: center.zoom,
      attributionControl: false,
    })
    map.current = instance
    instance.on('load', () => {
      instance.addSource('points', {
        type: 'geojson',
        data: geojson(points, visible),
        cluster: true,
        clusterRadius: 40,
        clusterMaxZoom: 14,
      })
      instance.addLayer({
        id: 'clusters',
        type: 'circle',
        source: 'points',
        filter: ['has', 'point_count'],
        paint: {
          'circle-color': '#4a1639',
          'circle-opacity': 0.85,
          'circle-radius': ['step', ['get', 'point_count'], 14, 5, 20, 15, 26],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        },
      })
      instance.addLayer({
        id: 'points',
        type: 'circle',
        source: 'points',
        filter: ['!', ['has', 'point_count']],
        paint: {
          'circle-color': [
            'match',
            ['get', 'type'],
            'heritage',
            colours.heritage,
            'place',
            colours.place,
            'festival',
            colours.festival,
            'cooperative',
            colours.cooperative,
            'experience',
            colours.experience,
            '#555555',
          ],
          'circle-radius': 8,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        },
      })
      if (points.length > 1) {
        const lngs = points.map((point) => point.lng)
        const lats = points.map((point) => point.lat)
        instance.fitBounds(
          [
            [Math.min(...lngs), Math.min(...lats)],
            [Math.max(...lngs), Math.max(...lats)],
          ],
          { padding: 40, maxZoom: 15, duration: 0 },
        )
      }
    })
    instance.on('click', 'clusters', async (event) => {
      const feature = event.features?.[0]
      const source = instance.getSource<GeoJSONSource>('points')
      if (!feature || !source || feature.geometry.type !== 'Point') return
      const zoom = await source.getClusterExpansionZoom(Number(feature.properties.cluster_id))
      instance.easeTo({ center: feature.geometry.coordinates as [number, number], zoom })
    })
    instance.on('click', 'points', (event) => {
      const feature = event.features?.[0]
      if (!feature || feature.geometry.type !== 'Point') return
      const { title, url, type } = feature.properties as {
        title: string
        url: string
        type: MapPointType
      }
      new Popup({ closeButton: true, maxWidth: '260px' })
        .setLngLat(feature.geometry.coordinates as [number, number])
        .setDOMContent(popupContent(title, url, labels.types[type] ?? type, labels.open))
        .addTo(instance)
    })
    for (const layer of ['clusters', 'points']) {
      instance.on('mouseenter', layer, () => (instance.getCanvas().style.cursor = 'pointer'))
      instance.on('mouseleave', layer, () => (instance.getCanvas().style.cursor = ''))
    }

    return () => {
      instance.remove()
      map.current = null
    }
    // The map is made once; filter changes update its data below.
  }, [])

  useEffect(() => {
    const source = map.current?.getSource<GeoJSONSource>('points')
    source?.setData(geojson(points, visible))
  }, [points, visible])

  return <div ref={container} className="tourism-map" data-testid="tourism-map" />
}
