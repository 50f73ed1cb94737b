import path from 'node:path'
import { MedusaError } from '@medusajs/framework/utils'
import sharp from 'sharp'
import { findDataDir } from '../catalog/reference-data'
import type { CommerceEnv } from '../env'

/** The largest photo a member may upload. */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024

/** The longest side of a stored photo, in pixels. */
export const PHOTO_MAX_SIDE = 1600

/** Formats accepted from members; everything is stored as WebP. */
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp'])

/** Path under COMMERCE_URL where uploaded photos are served. */
export const UPLOADS_ROUTE = '/hoaban/images/uploads'

/** Names of stored photos: generated, never taken from the upload. */
export const PHOTO_FILE_NAME = /^[a-z0-9_-]+\.webp$/

/**
 * Turns an uploaded JPEG, PNG or WebP into the stored photo: turned upright by its EXIF
 * orientation, fitted inside 1600×1600 px (never enlarged), WebP. Anything else is refused
 * with 400 `file: not an image`.
 */
export async function toStoredPhoto(input: Buffer): Promise<Buffer> {
  let format: string | undefined
  try {
    format = (await sharp(input).metadata()).format
  } catch {
    format = undefined
  }
  if (!format || !ACCEPTED_FORMATS.has(format)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'file: not an image (JPEG, PNG or WebP)')
  }

  return sharp(input)
    .rotate()
    .resize({
      width: PHOTO_MAX_SIDE,
      height: PHOTO_MAX_SIDE,
      fit: 'inside',
      withoutEnlargement: true,
    })
    .webp({ quality: 82 })
    .toBuffer()
}

/**
 * The folder photos are kept in: COMMERCE_UPLOADS_DIR, or `.data/uploads` at the repository
 * root, found from this file so `medusa start` in `.medusa/server` uses the same folder.
 */
export function uploadsDir(env: CommerceEnv): string {
  return (
    env.COMMERCE_UPLOADS_DIR ?? path.join(path.dirname(findDataDir(__dirname)), '.data', 'uploads')
  )
}

/** The absolute URL a stored photo is served at. */
export function photoUrl(fileName: string, env: CommerceEnv): string {
  return new URL(`${UPLOADS_ROUTE}/${fileName}`, env.COMMERCE_URL).toString()
}

/** The stored file name behind one of our photo URLs, or null for any other image. */
export function photoFileOf(url: string): string | null {
  const name = url.split(`${UPLOADS_ROUTE}/`)[1]

  return name && PHOTO_FILE_NAME.test(name) ? name : null
}

/** Whether an image URL is one of the generated placeholder SVGs of seeded products. */
export function isGeneratedImage(url: string): boolean {
  return url.includes('/hoaban/images/products/')
}
