import { describe, expect, it } from 'vitest'

import { buildStele, buildStiltHouse } from './build-demo-models'
import { optimiseGlb, readGlb } from './optimise-glb'

describe('GLB checks and the phone derivative', () => {
  it('accepts a valid GLB and makes a smaller derivative with WebP textures, keeping the bounds', async () => {
    const glb = await buildStiltHouse()
    const result = await optimiseGlb(glb, 'nha-san.glb')
    expect(result.data.length).toBeLessThan(glb.length)
    expect(result.derivative.triangles).toBe(result.original.triangles)
    expect(result.derivative.triangles).toBeGreaterThan(100)
    expect(result.derivative.bounds.max[1]).toBeGreaterThan(5)
    const derived = await readGlb(result.data)
    const images = derived
      .getRoot()
      .listTextures()
      .map((texture) => texture.getMimeType())
    expect(images.length).toBeGreaterThan(0)
    expect(new Set(images)).toEqual(new Set(['image/webp']))
  })

  it('refuses a text file renamed .glb with a 415, judged by content', async () => {
    await expect(readGlb(Buffer.from('this is not a model'), 'bia.glb')).rejects.toMatchObject({
      status: 415,
      message: expect.stringMatching(/not a binary glTF/),
    })
  })

  it('refuses a truncated GLB', async () => {
    const glb = await buildStele()
    await expect(readGlb(glb.subarray(0, glb.length - 100), 'cut.glb')).rejects.toMatchObject({
      status: 415,
    })
  })
})
