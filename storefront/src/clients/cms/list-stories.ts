import type { Locale, StorySummary } from '@/domain/types'
import { cmsRead } from './cms-read'
import { mapMediaSize } from './map-media'
import { firstText } from './pick'
import { CmsStory, cmsList } from './schemas'

/** Turns a CMS story into the summary shown in lists. */
export function mapStorySummary(doc: CmsStory): StorySummary {
  const title = firstText(doc.title) ?? doc.slug

  return {
    id: doc.id,
    slug: doc.slug,
    title,
    excerpt: firstText(doc.excerpt),
    author: firstText(doc.author),
    publishedAt: firstText(doc.publishedAt),
    cover: mapMediaSize(doc.cover, 'card', title),
  }
}

/** The tenant's published stories in one locale, newest first. */
export async function listStories(
  tenantId: string,
  locale: Locale,
  limit = 100,
): Promise<StorySummary[]> {
  const answer = await cmsRead(
    'stories',
    tenantId,
    {
      'where[tenant][equals]': tenantId,
      locale,
      'fallback-locale': 'vi',
      sort: '-publishedAt',
      depth: 1,
      limit,
    },
    cmsList(CmsStory),
  )

  return answer.docs.map(mapStorySummary)
}
