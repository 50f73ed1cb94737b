import type { Festival, Locale, Place } from '@/domain/types'
import { cmsRead } from './cms-read'
import { mapFestival, mapPlace } from './map-festival'
import { CmsFestival, CmsPlace, cmsList } from './schemas'

/** The tenant's published festivals, in one locale. */
export async function listFestivals(tenantId: string, locale: Locale): Promise<Festival[]> {
  const answer = await cmsRead(
    'festivals',
    tenantId,
    {
      'where[tenant][equals]': tenantId,
      locale,
      'fallback-locale': 'vi',
      depth: 1,
      limit: 200,
    },
    cmsList(CmsFestival),
  )

  return answer.docs.map(mapFestival)
}

/** One published festival of the tenant by slug; null when there is none. */
export async function getFestival(
  tenantId: string,
  slug: string,
  locale: Locale,
): Promise<Festival | null> {
  const answer = await cmsRead(
    'festivals',
    tenantId,
    {
      'where[tenant][equals]': tenantId,
      'where[slug][equals]': slug,
      locale,
      'fallback-locale': 'vi',
      depth: 1,
      limit: 1,
    },
    cmsList(CmsFestival),
  )
  const doc = answer.docs[0]

  return doc ? mapFestival(doc) : null
}

/** The tenant's published places (attractions, food, lodging, viewpoints). */
export async function listPlaces(tenantId: string, locale: Locale): Promise<Place[]> {
  const answer = await cmsRead(
    'places',
    tenantId,
    {
      'where[tenant][equals]': tenantId,
      locale,
      'fallback-locale': 'vi',
      depth: 0,
      limit: 500,
    },
    cmsList(CmsPlace),
  )

  return answer.docs.map(mapPlace)
}
