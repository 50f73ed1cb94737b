import sharp from 'sharp'

import { CmsError } from '../errors/cms-error'

/** Side of a panorama tile in pixels. */
export const panoramaTileSize = 512
/** Widest panorama kept for tiles (16 × 8 tiles of 512 px). */
export const maxPanoramaWidth = 8192
/** Largest accepted panorama, in pixels. */
export const maxPanoramaPixels = 80_000_000

/** A tiled equirectangular panorama: a small preview for the first view and 512 px tiles. */
export type CutPanorama = {
  width: number
  height: number
  cols: number
  rows: number
  preview: Buffer
  tiles: { col: number; row: number; data: Buffer }[]
}

/**
 * Checks that an image is an equirectangular panorama (2:1 within 1%) and cuts it into a
 * 2048×1024 WebP preview and 512 px WebP tiles (the width rounded to a multiple of 1024).
 */
export async function cutPanorama(data: Buffer, name = 'panorama'): Promise<CutPanorama> {
  const meta = await sharp(data, { limitInputPixels: false }).metadata()
  if (!meta.width || !meta.height) {
    throw new CmsError('unsupported_media', `file: ${name} is not a readable image`)
  }
  const width = meta.autoOrient?.width ?? meta.width
  const height = meta.autoOrient?.height ?? meta.height
  if (width * height > maxPanoramaPixels) {
    throw new CmsError(
      'payload_too_large',
      `file: ${width}×${height} exceeds ${maxPanoramaPixels / 1e6} megapixels`,
    )
  }
  if (Math.abs(width / height - 2) > 0.02) {
    throw new CmsError(
      'unprocessable',
      `file: a 360° panorama must be 2:1 (equirectangular); ${name} is ${width}×${height}`,
    )
  }
  const tiledWidth = Math.min(maxPanoramaWidth, Math.max(1024, Math.floor(width / 1024) * 1024))
  const tiledHeight = tiledWidth / 2
  const base = await sharp(data, { limitInputPixels: maxPanoramaPixels })
    .rotate()
    .toColorspace('srgb')
    .resize(tiledWidth, tiledHeight, { fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true })
  const source = () => sharp(base.data, { raw: base.info })
  const preview = await source().resize(2048, 1024).webp({ quality: 60 }).toBuffer()
  const cols = tiledWidth / panoramaTileSize
  const rows = tiledHeight / panoramaTileSize
  const tiles: CutPanorama['tiles'] = []
  for (let row = 0; row < rows; row += 1) {
    for (let col = 0; col < cols; col += 1) {
      const tile = await source()
        .extract({
          left: col * panoramaTileSize,
          top: row * panoramaTileSize,
          width: panoramaTileSize,
          height: panoramaTileSize,
        })
        .webp({ quality: 72 })
        .toBuffer()
      tiles.push({ col, row, data: tile })
    }
  }

  return { width: tiledWidth, height: tiledHeight, cols, rows, preview, tiles }
}
