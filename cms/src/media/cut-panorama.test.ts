import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { cutPanorama } from './cut-panorama'

const image = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#3a6ea5' } })
    .jpeg()
    .toBuffer()

describe('cutPanorama', () => {
  it('cuts a 2:1 panorama into a preview and 512 px tiles', async () => {
    const cut = await cutPanorama(await image(4096, 2048))
    expect([cut.width, cut.height, cut.cols, cut.rows]).toEqual([4096, 2048, 8, 4])
    expect(cut.tiles).toHaveLength(32)
    const tile = await sharp(cut.tiles[0]!.data).metadata()
    expect([tile.width, tile.height, tile.format]).toEqual([512, 512, 'webp'])
    const preview = await sharp(cut.preview).metadata()
    expect([preview.width, preview.height]).toEqual([2048, 1024])
    expect(cut.preview.length).toBeLessThan(400 * 1024)
  })

  it('refuses an image that is not 2:1 with a 422 naming its size', async () => {
    await expect(cutPanorama(await image(3000, 2000), 'anh.jpg')).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/2:1.*3000×2000/),
    })
  })
})
