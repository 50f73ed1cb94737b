import sharp, { type Metadata } from 'sharp'

import { CmsError } from '../errors/cms-error'
import { urlSafeFileName } from './url-safe-file-name'

/** Largest accepted image, in pixels (width × height): 50 megapixels. */
export const maxImagePixels = 50_000_000

const outputByFormat: Record<string, { mimeType: string; extension: string }> = {
  jpeg: { mimeType: 'image/jpeg', extension: 'jpg' },
  png: { mimeType: 'image/png', extension: 'png' },
  webp: { mimeType: 'image/webp', extension: 'webp' },
  avif: { mimeType: 'image/jpeg', extension: 'jpg' },
  heif: { mimeType: 'image/jpeg', extension: 'jpg' },
  tiff: { mimeType: 'image/jpeg', extension: 'jpg' },
  gif: { mimeType: 'image/png', extension: 'png' },
}

/** An upload after normalisation: the bytes Payload stores and derives its sizes from. */
export type PreparedImage = {
  data: Buffer
  mimeType: string
  name: string
  width: number
  height: number
}

/**
 * Checks an uploaded image by its content and normalises it before Payload stores it: refuses
 * SVG and anything sharp cannot read, refuses images over the pixel limit without decoding
 * them, applies the EXIF orientation and converts CMYK (or any other space) to sRGB.
 */
export async function prepareImageUpload(file: {
  data: Buffer
  name: string
}): Promise<PreparedImage> {
  const head = file.data.subarray(0, 512).toString('utf8').trimStart().toLowerCase()
  if (head.startsWith('<?xml') || head.startsWith('<svg') || head.includes('<svg')) {
    throw new CmsError('unsupported_media', `file: SVG images are not accepted (${file.name})`)
  }
  let metadata: Metadata
  try {
    metadata = await sharp(file.data, { limitInputPixels: false }).metadata()
  } catch {
    throw new CmsError('unsupported_media', `file: not a readable image (${file.name})`)
  }
  const output = metadata.format ? outputByFormat[metadata.format] : undefined
  if (!output || !metadata.width || !metadata.height) {
    throw new CmsError(
      'unsupported_media',
      `file: image format ${metadata.format ?? '?'} not accepted`,
    )
  }
  const pixels = metadata.width * metadata.height
  if (pixels > maxImagePixels) {
    throw new CmsError(
      'payload_too_large',
      `file: ${metadata.width}×${metadata.height} is ${(pixels / 1e6).toFixed(0)} megapixels; the limit is ${maxImagePixels / 1e6}`,
    )
  }

  const pipeline = sharp(file.data, { limitInputPixels: maxImagePixels })
    .rotate()
    .toColorspace('srgb')
  const encoded =
    output.extension === 'jpg'
      ? pipeline.jpeg({ quality: 90, mozjpeg: true })
      : output.extension === 'png'
        ? pipeline.png()
        : pipeline.webp({ quality: 90 })
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true })

  return {
    data,
    mimeType: output.mimeType,
    name: urlSafeFileName(file.name, output.extension),
    width: info.width,
    height: info.height,
  }
}
