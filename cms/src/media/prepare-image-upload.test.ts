import { crc32, createDeflate } from 'node:zlib'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { CmsError } from '../errors/cms-error'
import { maxImagePixels, prepareImageUpload } from './prepare-image-upload'

/** A 60×20 landscape JPEG stored as 20×60 portrait with EXIF orientation 6 (rotate 90°). */
async function rotatedPhoneJpeg(): Promise<Buffer> {
  const portrait = await sharp({
    create: { width: 20, height: 60, channels: 3, background: { r: 200, g: 30, b: 30 } },
  })
    .jpeg()
    .toBuffer()

  return sharp(portrait).withMetadata({ orientation: 6 }).jpeg().toBuffer()
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))

  return Buffer.concat([length, body, crc])
}

/** A real, fully valid 30000×30000 grayscale PNG of zeros: about 1 MB that inflates to 900 MB. */
async function decompressionBombPng(side = 30000): Promise<Buffer> {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(side, 0)
  header.writeUInt32BE(side, 4)
  header.set([8, 0, 0, 0, 0], 8)
  const deflate = createDeflate({ level: 9 })
  const parts: Buffer[] = []
  deflate.on('data', (part: Buffer) => parts.push(part))
  const done = new Promise((resolve) => deflate.on('end', resolve))
  const row = Buffer.alloc(side + 1)
  for (let y = 0; y < side; y += 1) {
    if (!deflate.write(row)) {
      await new Promise((resolve) => deflate.once('drain', resolve))
    }
  }
  deflate.end()
  await done
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

  return Buffer.concat([
    signature,
    pngChunk('IHDR', header),
    pngChunk('IDAT', Buffer.concat(parts)),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

describe('prepareImageUpload', () => {
  it('applies the EXIF orientation of a phone photo', async () => {
    const input = await rotatedPhoneJpeg()
    expect((await sharp(input).metadata()).orientation).toBe(6)
    const prepared = await prepareImageUpload({ data: input, name: 'Ảnh điện thoại.jpg' })
    expect([prepared.width, prepared.height]).toEqual([60, 20])
    expect((await sharp(prepared.data).metadata()).orientation ?? 1).toBe(1)
    expect(prepared.name).toBe('anh-dien-thoai.jpg')
  })

  it('converts a CMYK JPEG to sRGB', async () => {
    const cmyk = await sharp({
      create: { width: 32, height: 32, channels: 3, background: { r: 10, g: 120, b: 200 } },
    })
      .toColourspace('cmyk')
      .jpeg()
      .toBuffer()
    expect((await sharp(cmyk).metadata()).space).toBe('cmyk')
    const prepared = await prepareImageUpload({ data: cmyk, name: 'in-an.jpg' })
    expect((await sharp(prepared.data).metadata()).space).toBe('srgb')
    expect(prepared.mimeType).toBe('image/jpeg')
  })

  it('refuses a 30000×30000 PNG with a 413 naming the size, without decoding it', async () => {
    const huge = await decompressionBombPng()
    expect((await sharp(huge, { limitInputPixels: false }).metadata()).width).toBe(30000)
    expect(30000 * 30000).toBeGreaterThan(maxImagePixels)
    const error = await prepareImageUpload({ data: huge, name: 'bomb.png' }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(CmsError)
    expect(error).toMatchObject({ status: 413, code: 'payload_too_large' })
    expect((error as Error).message).toMatch(/30000×30000/)
  }, 120_000)

  it('refuses an SVG carrying a script with a 415', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="5" height="5"/></svg>',
    )
    await expect(prepareImageUpload({ data: svg, name: 'logo.png' })).rejects.toMatchObject({
      status: 415,
      message: expect.stringMatching(/SVG/),
    })
  })

  it('refuses a text file whatever its name says', async () => {
    const text = Buffer.from('hello, not an image')
    await expect(prepareImageUpload({ data: text, name: 'photo.jpg' })).rejects.toMatchObject({
      status: 415,
    })
  })
})
