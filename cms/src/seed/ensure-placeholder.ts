import type { Payload } from 'payload'

import { placeholderImage, type PlaceholderIcon } from '../media/placeholder-image'

type Id = number | string

/**
 * The generated placeholder image of one place or item (found by file name, made with sharp
 * once), with its alt text in Vietnamese and English.
 */
export async function ensurePlaceholder(
  payload: Payload,
  tenant: Id | undefined,
  image: { key: string; title: string; subtitle: string; icon: PlaceholderIcon },
): Promise<Id> {
  const filename = `placeholder-${image.key}.jpg`
  const found = await payload.find({
    collection: 'media',
    where: { filename: { equals: filename } },
    limit: 1,
  })
  if (found.docs[0]) {
    return found.docs[0].id
  }
  const data = await placeholderImage(image)
  const context = { skipSearchSync: true }
  const created = await payload.create({
    collection: 'media',
    locale: 'vi',
    context,
    data: { tenant, alt: `Ảnh minh họa: ${image.title}`, isPlaceholder: true } as never,
    file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
  })
  await payload.update({
    collection: 'media',
    id: created.id,
    locale: 'en',
    context,
    data: { alt: `Placeholder image: ${image.title}` },
  })

  return created.id
}
