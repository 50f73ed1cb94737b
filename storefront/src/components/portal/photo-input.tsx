'use client'

import type { ChangeEvent } from 'react'
import { Field } from './form-parts'

/**
 * Photos above this size are shrunk in the browser before they are sent: a phone's 4–12 MB
 * photo would pass the server action's body limit and costs the member mobile data. Commerce
 * (sharp) still makes the final 1600 px WebP.
 */
const SHRINK_ABOVE_BYTES = 900_000
/** Commerce fits photos into 1600 px; a larger copy would only be thrown away there. */
const MAX_EDGE_PX = 1600
const QUALITIES = [0.85, 0.7, 0.55]

async function shrink(file: File): Promise<File | null> {
  // The bitmap is drawn upright: EXIF orientation is applied here, before the pixels move.
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  const scale = Math.min(1, MAX_EDGE_PX / Math.max(bitmap.width, bitmap.height))
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(bitmap.width * scale)
  canvas.height = Math.round(bitmap.height * scale)
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
  bitmap.close()
  let blob: Blob | null = null
  for (const quality of QUALITIES) {
    blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', quality),
    )
    if (!blob || blob.size <= SHRINK_ABOVE_BYTES) break
  }
  if (!blob || blob.size >= file.size) return null

  return new File([blob], file.name.replace(/\.[a-z0-9]+$/i, '') + '.jpg', {
    type: 'image/jpeg',
  })
}

async function onChange(event: ChangeEvent<HTMLInputElement>) {
  const input = event.currentTarget
  const file = input.files?.[0]
  if (!file || file.size <= SHRINK_ABOVE_BYTES || typeof createImageBitmap !== 'function') return
  try {
    const smaller = await shrink(file)
    if (!smaller) return
    const files = new DataTransfer()
    files.items.add(smaller)
    input.files = files.files
  } catch {
    // An image the browser cannot decode goes as it is; commerce names what is wrong with it.
  }
}

/** The photo field of a product form (JPEG, PNG, WebP), large photos shrunk before sending. */
export function PhotoInput({ id, label, error }: { id?: string; label: string; error?: string }) {
  return (
    <Field
      name="file"
      id={id}
      type="file"
      label={label}
      accept="image/jpeg,image/png,image/webp"
      onChange={(event) => void onChange(event)}
      error={error}
    />
  )
}
