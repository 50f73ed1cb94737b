/** Kinds of point the tourism map shows, each a filter. */
export const mapPointTypes = ['heritage', 'place', 'festival', 'cooperative', 'experience'] as const

/** One kind of map point. */
export type MapPointType = (typeof mapPointTypes)[number]

/** A point on the tourism map with the page it links to. */
export interface MapPoint {
  id: string
  type: MapPointType
  title: string
  url: string
  lat: number
  lng: number
}
