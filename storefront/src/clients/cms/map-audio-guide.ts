import type { AudioGuide, Locale } from '@/domain/types'
import { cmsFileUrl } from './map-media'
import { firstText } from './pick'
import type { CmsAudioGuide } from './schemas'

/**
 * The audio guide for a page in `locale`: the one spoken in that language if there is one, else
 * the first. Its captions are the CMS's WebVTT text in the page's locale, handed to the <track>
 * as a `data:` URL (no extra request, nothing from another origin).
 */
export function pickAudioGuide(
  docs: readonly (string | CmsAudioGuide)[],
  locale: Locale,
  fallbackTitle: string,
): AudioGuide | null {
  const guides = docs
    .filter((doc): doc is CmsAudioGuide => typeof doc !== 'string')
    .filter((doc) => cmsFileUrl(doc.url) !== null)
  const guide = guides.find((doc) => doc.language === locale) ?? guides[0]
  const url = cmsFileUrl(guide?.url)
  if (!guide || !url) return null
  const captions = firstText(guide.captions)

  return {
    url,
    captionsUrl: captions ? `data:text/vtt;charset=utf-8,${encodeURIComponent(captions)}` : null,
    title: firstText(guide.title) ?? fallbackTitle,
  }
}
