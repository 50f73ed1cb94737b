import type { HeritageSite, HeritageSummary, Locale } from '@/domain/types'
import { cmsRead } from './cms-read'
import { mapHeritageSite, mapHeritageSummary } from './map-heritage'
import { CmsHeritageSite, cmsList } from './schemas'

/** The tenant's published heritage sites (drafts in preview), in one locale. */
export async function listHeritageSites(
  tenantId: string,
  locale: Locale,
  limit = 100,
): Promise<HeritageSummary[]> {
  const answer = await cmsRead(
    'heritage-sites',
    tenantId,
    { 'where[tenant][equals]': tenantId, locale, 'fallback-locale': 'vi', depth: 1, limit },
    cmsList(CmsHeritageSite),
  )

  return answer.docs.map(mapHeritageSummary)
}

/** One published heritage site (its draft in preview) by slug; null when there is none. */
export async function getHeritageSite(
  tenantId: string,
  slug: string,
  locale: Locale,
): Promise<HeritageSite | null> {
  const answer = await cmsRead(
    'heritage-sites',
    tenantId,
    {
      'where[tenant][equals]': tenantId,
      'where[slug][equals]': slug,
      locale,
      'fallback-locale': 'vi',
      depth: 2,
      limit: 1,
    },
    cmsList(CmsHeritageSite),
  )
  const doc = answer.docs[0]

  return doc ? mapHeritageSite(doc, locale) : null
}
