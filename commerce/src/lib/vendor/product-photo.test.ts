import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { isGeneratedImage, photoFileOf, toStoredPhoto } from './product-photo'

describe('toStoredPhoto', () => {
  it('turns a photo upright by its EXIF orientation and fits it inside 1600 px as WebP', async () => {
    const sideways = await sharp({
      create: { width: 3200, height: 1000, channels: 3, background: '#c84' },
    })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer()

    const meta = await sharp(await toStoredPhoto(sideways)).metadata()

    expect(meta.format).toBe('webp')
    expect(meta).toMatchObject({ width: 500, height: 1600 })
    expect(meta.orientation ?? 1).toBe(1)
  })

  it('never enlarges a small photo', async () => {
    const small = await sharp({
      create: { width: 300, height: 200, channels: 4, background: '#fff' },
    })
      .png()
      .toBuffer()

    expect(await sharp(await toStoredPhoto(small)).metadata()).toMatchObject({
      width: 300,
      height: 200,
    })
  })

  it('refuses what is not a JPEG, PNG or WebP, naming the field', async () => {
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .gif()
      .toBuffer()

    await expect(toStoredPhoto(Buffer.from('plain text'))).rejects.toThrow(/^file: not an image/)
    await expect(toStoredPhoto(gif)).rejects.toThrow(/^file: not an image/)
  })
})

describe('photo URLs', () => {
  it('finds the stored file behind our URLs only', () => {
    expect(photoFileOf('http://127.0.0.1:9000/hoaban/images/uploads/prod_1-ab12.webp')).toBe(
      'prod_1-ab12.webp',
    )
    expect(photoFileOf('http://127.0.0.1:9000/hoaban/images/uploads/../secret.webp')).toBeNull()
    expect(photoFileOf('https://cdn.example.vn/a.webp')).toBeNull()
    expect(isGeneratedImage('http://127.0.0.1:9000/hoaban/images/products/mat-ong.svg')).toBe(true)
  })
})
