import sharp from 'sharp'

import { tintFor } from './placeholder-image'

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Draws a placeholder equirectangular panorama (2:1) that reads as one: sky, hills along the
 * horizon, compass letters every 90° and the place's name, so nobody takes it for a photo.
 */
export async function placeholderPanorama(args: {
  key: string
  title: string
  width?: number
}): Promise<Buffer> {
  const width = args.width ?? 4096
  const height = width / 2
  const tint = tintFor(args.key)
  const hills = Array.from({ length: 33 }, (_, index) => {
    const x = (index / 32) * 4096
    const y =
      1000 - 90 * Math.abs(Math.sin(index * 1.7 + args.key.length)) - 40 * Math.sin(index * 0.6)

    return `${x.toFixed(0)},${y.toFixed(0)}`
  }).join(' ')
  const compass = ['N', 'E', 'S', 'W']
    .map(
      (letter, index) =>
        `<text x="${(index * 1024 + 2048) % 4096}" y="820" text-anchor="middle" font-family="DejaVu Sans" font-size="90" fill="#fff" fill-opacity="0.8">${letter}</text>`,
    )
    .join('')
  const titles = [512, 1536, 2560, 3584]
    .map(
      (x) =>
        `<text x="${x}" y="1300" text-anchor="middle" font-family="DejaVu Sans" font-size="64" font-weight="bold" fill="#fff">${escapeXml(args.title)}</text><text x="${x}" y="1390" text-anchor="middle" font-family="DejaVu Sans" font-size="40" fill="#fff" fill-opacity="0.85">ẢNH 360° MINH HỌA · PLACEHOLDER PANORAMA</text>`,
    )
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 4096 2048">
    <defs>
      <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#0e2a47"/><stop offset="1" stop-color="#9cc4e4"/></linearGradient>
      <linearGradient id="ground" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${tint}"/><stop offset="1" stop-color="#1b1b1b"/></linearGradient>
    </defs>
    <rect width="4096" height="1024" fill="url(#sky)"/>
    <polygon points="0,1024 ${hills} 4096,1024" fill="#2f4f3a"/>
    <rect y="1024" width="4096" height="1024" fill="url(#ground)"/>
    ${compass}${titles}
  </svg>`

  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}
