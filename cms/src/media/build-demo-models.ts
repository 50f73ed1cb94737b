import { Document, NodeIO, type Material, type Mesh } from '@gltf-transform/core'
import sharp from 'sharp'

type Box = { size: [number, number, number]; at: [number, number, number]; rotateZ?: number }

/** Adds an axis-aligned (optionally Z-rotated) box primitive with normals and UVs to a mesh. */
function addBox(document: Document, mesh: Mesh, material: Material, box: Box): void {
  const [sx, sy, sz] = box.size.map((value) => value / 2) as [number, number, number]
  const faces: { normal: [number, number, number]; corners: [number, number, number][] }[] = [
    {
      normal: [1, 0, 0],
      corners: [
        [sx, -sy, sz],
        [sx, -sy, -sz],
        [sx, sy, -sz],
        [sx, sy, sz],
      ],
    },
    {
      normal: [-1, 0, 0],
      corners: [
        [-sx, -sy, -sz],
        [-sx, -sy, sz],
        [-sx, sy, sz],
        [-sx, sy, -sz],
      ],
    },
    {
      normal: [0, 1, 0],
      corners: [
        [-sx, sy, sz],
        [sx, sy, sz],
        [sx, sy, -sz],
        [-sx, sy, -sz],
      ],
    },
    {
      normal: [0, -1, 0],
      corners: [
        [-sx, -sy, -sz],
        [sx, -sy, -sz],
        [sx, -sy, sz],
        [-sx, -sy, sz],
      ],
    },
    {
      normal: [0, 0, 1],
      corners: [
        [-sx, -sy, sz],
        [sx, -sy, sz],
        [sx, sy, sz],
        [-sx, sy, sz],
      ],
    },
    {
      normal: [0, 0, -1],
      corners: [
        [sx, -sy, -sz],
        [-sx, -sy, -sz],
        [-sx, sy, -sz],
        [sx, sy, -sz],
      ],
    },
  ]
  const angle = box.rotateZ ?? 0
  const rotate = ([x, y, z]: [number, number, number]): [number, number, number] => [
    x * Math.cos(angle) - y * Math.sin(angle),
    x * Math.sin(angle) + y * Math.cos(angle),
    z,
  ]
  const positions: number[] = []
  const normals: number[] = []
  const uvs: number[] = []
  const indices: number[] = []
  faces.forEach((face, index) => {
    for (const corner of face.corners) {
      const [x, y, z] = rotate(corner)
      positions.push(x + box.at[0], y + box.at[1], z + box.at[2])
      normals.push(...rotate(face.normal))
    }
    uvs.push(0, 1, 1, 1, 1, 0, 0, 0)
    const base = index * 4
    indices.push(base, base + 1, base + 2, base, base + 2, base + 3)
  })
  const buffer = document.getRoot().listBuffers()[0]!
  const accessor = (type: 'VEC3' | 'VEC2' | 'SCALAR', array: Float32Array | Uint16Array) =>
    document.createAccessor().setType(type).setArray(array).setBuffer(buffer)
  mesh.addPrimitive(
    document
      .createPrimitive()
      .setAttribute('POSITION', accessor('VEC3', new Float32Array(positions)))
      .setAttribute('NORMAL', accessor('VEC3', new Float32Array(normals)))
      .setAttribute('TEXCOORD_0', accessor('VEC2', new Float32Array(uvs)))
      .setIndices(accessor('SCALAR', new Uint16Array(indices)))
      .setMaterial(material),
  )
}

async function textureImage(label: string, colour: string): Promise<Uint8Array> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024">
    <rect width="1024" height="1024" fill="${colour}"/>
    ${Array.from({ length: 16 }, (_, i) => `<rect y="${i * 64}" width="1024" height="4" fill="#000" fill-opacity="0.15"/>`).join('')}
    <text x="512" y="540" text-anchor="middle" font-family="DejaVu Sans" font-size="72" fill="#fff" fill-opacity="0.7">${label}</text>
  </svg>`

  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer())
}

async function build(
  name: string,
  parts: { colour: string; label: string; boxes: Box[] }[],
): Promise<Buffer> {
  const document = new Document()
  document.createBuffer()
  const scene = document.createScene(name)
  const mesh = document.createMesh(name)
  for (const part of parts) {
    const texture = document
      .createTexture(part.label)
      .setImage(await textureImage(part.label, part.colour))
      .setMimeType('image/png')
    const material = document
      .createMaterial(part.label)
      .setBaseColorTexture(texture)
      .setRoughnessFactor(0.9)
    for (const box of part.boxes) {
      addBox(document, mesh, material, box)
    }
  }
  scene.addChild(document.createNode(name).setMesh(mesh))
  document.getRoot().setDefaultScene(scene)

  return Buffer.from(await new NodeIO().writeBinary(document))
}

/** A Thai stilt house (nhà sàn): posts, a raised floor, walls and a steep two-slope roof. */
export function buildStiltHouse(): Promise<Buffer> {
  const posts: Box[] = []
  for (const x of [-2.6, -0.9, 0.9, 2.6]) {
    for (const z of [-1.4, 1.4]) {
      posts.push({ size: [0.2, 1.6, 0.2], at: [x, 0.8, z] })
    }
  }

  return build('nha-san', [
    { colour: '#6b4a2b', label: 'cột gỗ', boxes: posts },
    {
      colour: '#8a6a3f',
      label: 'sàn, vách',
      boxes: [
        { size: [6, 0.2, 3.2], at: [0, 1.7, 0] },
        { size: [5.6, 1.6, 2.8], at: [0, 2.6, 0] },
        { size: [1.2, 0.1, 1.2], at: [3.6, 1.2, 0], rotateZ: -0.5 },
      ],
    },
    {
      colour: '#4d3b22',
      label: 'mái cỏ tranh',
      boxes: [
        { size: [3.9, 0.15, 3.8], at: [-1.55, 4.45, 0], rotateZ: 0.62 },
        { size: [3.9, 0.15, 3.8], at: [1.55, 4.45, 0], rotateZ: -0.62 },
      ],
    },
  ])
}

/** A stone stele (bia đá) on a plinth, like the memorial steles of the battlefield sites. */
export function buildStele(): Promise<Buffer> {
  return build('bia-da', [
    { colour: '#7d7d78', label: 'bệ đá', boxes: [{ size: [1.6, 0.4, 0.9], at: [0, 0.2, 0] }] },
    {
      colour: '#9a9a92',
      label: 'bia ghi danh',
      boxes: [
        { size: [1.0, 2.0, 0.25], at: [0, 1.4, 0] },
        { size: [1.2, 0.2, 0.35], at: [0, 2.5, 0] },
      ],
    },
  ])
}
