import { getBounds, NodeIO, type Document } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { dedup, prune, textureCompress, weld } from '@gltf-transform/functions'
import sharp from 'sharp'

import { CmsError } from '../errors/cms-error'

/** Largest accepted GLB upload: 50 MB. */
export const maxGlbBytes = 50 * 1024 * 1024

/** What the CMS records about a model and its phone derivative. */
export type GlbReport = {
  triangles: number
  bounds: { min: [number, number, number]; max: [number, number, number] }
}

const io = () => new NodeIO().registerExtensions(ALL_EXTENSIONS)

function countTriangles(document: Document): number {
  let triangles = 0
  for (const mesh of document.getRoot().listMeshes()) {
    for (const primitive of mesh.listPrimitives()) {
      const count =
        primitive.getIndices()?.getCount() ?? primitive.getAttribute('POSITION')?.getCount() ?? 0
      // Mode 4 is TRIANGLES; strips and fans are rare in GLB exports and count as n − 2.
      triangles += primitive.getMode() === 4 ? Math.floor(count / 3) : Math.max(0, count - 2)
    }
  }

  return triangles
}

function report(document: Document): GlbReport {
  const scene = document.getRoot().getDefaultScene() ?? document.getRoot().listScenes()[0]
  const box = scene ? getBounds(scene) : { min: [0, 0, 0], max: [0, 0, 0] }
  const round = (values: number[]) =>
    values.map((value) => Math.round(value * 1000) / 1000) as [number, number, number]

  return {
    triangles: countTriangles(document),
    bounds: { min: round(box.min), max: round(box.max) },
  }
}

/**
 * Reads a GLB by its content: the `glTF` magic, version 2, a length that matches the bytes and a
 * document glTF-Transform can parse. The name or declared type of the upload is never trusted.
 */
export async function readGlb(data: Buffer, name = 'model.glb'): Promise<Document> {
  if (data.length > maxGlbBytes) {
    throw new CmsError(
      'payload_too_large',
      `file: ${name} is ${(data.length / 1e6).toFixed(1)} MB; the limit is ${maxGlbBytes / 1024 / 1024} MB`,
    )
  }
  const magic = data.subarray(0, 4).toString('latin1')
  if (
    data.length < 20 ||
    magic !== 'glTF' ||
    data.readUInt32LE(4) !== 2 ||
    data.readUInt32LE(8) !== data.length
  ) {
    throw new CmsError('unsupported_media', `file: ${name} is not a binary glTF 2.0 (GLB) file`)
  }
  try {
    return await io().readBinary(new Uint8Array(data))
  } catch (err) {
    throw new CmsError(
      'unprocessable',
      `file: ${name} is a damaged GLB (${(err as Error).message})`,
      { cause: err },
    )
  }
}

/**
 * Makes the light derivative phones load: duplicate data merged, vertices welded, unused data
 * pruned and textures resized to at most 2048 px and re-encoded as WebP with sharp.
 */
export async function optimiseGlb(
  data: Buffer,
  name?: string,
): Promise<{ data: Buffer; original: GlbReport; derivative: GlbReport }> {
  const document = await readGlb(data, name)
  const original = report(document)
  await document.transform(
    dedup(),
    weld(),
    prune(),
    textureCompress({ encoder: sharp, targetFormat: 'webp', resize: [2048, 2048] }),
  )
  const output = Buffer.from(await io().writeBinary(document))

  return { data: output, original, derivative: report(document) }
}
