import type { HeritageModel, ModelAnnotation } from '@/domain/types'
import { cmsFileUrl, mapMedia } from './map-media'
import { firstText } from './pick'
import type { CmsModel } from './schemas'

/**
 * A document of the CMS's `models` collection: the original GLB, the phone derivative the CMS
 * serves at `/api/models/:id/mobile.glb` (through our `/cms/` origin), the poster and the
 * annotations at their positions in the model's own coordinates.
 */
export function mapModel(doc: CmsModel, fallbackTitle: string): HeritageModel | null {
  const url = cmsFileUrl(doc.url)
  if (!url) return null
  const title = firstText(doc.title) ?? fallbackTitle

  return {
    id: doc.id,
    title,
    url,
    phoneUrl: firstText(doc.derivative?.filename)
      ? `/cms/api/models/${encodeURIComponent(doc.id)}/mobile.glb`
      : null,
    poster: mapMedia(doc.poster, title),
    annotations: (doc.annotations ?? []).flatMap((note, index): ModelAnnotation[] =>
      note.position
        ? [
            {
              id:
                note.id === null || note.id === undefined ? `annotation-${index}` : String(note.id),
              label: firstText(note.label) ?? `#${index + 1}`,
              description: firstText(note.text),
              position: [note.position.x, note.position.y, note.position.z],
            },
          ]
        : [],
    ),
  }
}
