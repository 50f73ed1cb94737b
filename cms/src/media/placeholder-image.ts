import sharp from 'sharp'

/** Shapes drawn on a placeholder card, one per kind of place. */
export type PlaceholderIcon =
  'monument' | 'museum' | 'stilt-house' | 'mountains' | 'flower' | 'flag' | 'pin' | 'cup'

const palette = [
  '#8c2f5b',
  '#2f6b5e',
  '#3d5a80',
  '#8a5a12',
  '#5b3f8c',
  '#6b4a3a',
  '#2d6a8a',
  '#7a3b2e',
]

const icons: Record<PlaceholderIcon, string> = {
  monument:
    '<polygon points="0,-120 22,-90 22,90 -22,90 -22,-90"/><rect x="-60" y="90" width="120" height="24"/>',
  museum:
    '<polygon points="-110,-40 0,-110 110,-40"/><rect x="-100" y="-30" width="200" height="14"/>' +
    '<rect x="-90" y="-10" width="22" height="90"/><rect x="-40" y="-10" width="22" height="90"/>' +
    '<rect x="18" y="-10" width="22" height="90"/><rect x="68" y="-10" width="22" height="90"/>' +
    '<rect x="-110" y="84" width="220" height="18"/>',
  'stilt-house':
    '<polygon points="-120,-10 -70,-100 70,-100 120,-10"/><rect x="-95" y="-10" width="190" height="60"/>' +
    '<rect x="-85" y="50" width="12" height="60"/><rect x="-30" y="50" width="12" height="60"/>' +
    '<rect x="18" y="50" width="12" height="60"/><rect x="73" y="50" width="12" height="60"/>',
  mountains:
    '<circle cx="70" cy="-70" r="28"/><polygon points="-130,100 -40,-60 20,40 60,-10 130,100"/>',
  flower:
    '<g>' +
    [0, 72, 144, 216, 288]
      .map((angle) => `<ellipse cx="0" cy="-55" rx="34" ry="58" transform="rotate(${angle})"/>`)
      .join('') +
    '</g><circle r="18" fill-opacity="0.4" fill="#000"/>',
  flag: '<rect x="-6" y="-110" width="12" height="200"/><polygon points="6,-110 110,-80 6,-50"/><ellipse cx="0" cy="100" rx="120" ry="18"/>',
  pin: '<path d="M0,110 C-20,40 -80,0 -80,-40 A80,80 0 1 1 80,-40 C80,0 20,40 0,110 Z"/><circle cy="-40" r="30" fill="#000" fill-opacity="0.25"/>',
  cup: '<path d="M-80,-40 H60 V40 A60,60 0 0 1 -80,40 Z"/><path d="M60,-20 A30,30 0 0 1 60,30" fill="none" stroke="#fff" stroke-width="14"/><rect x="-110" y="100" width="200" height="12"/>',
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) {
    lines.push(line)
  }

  return lines.length > maxLines
    ? [
        ...lines.slice(0, maxLines - 1),
        `${lines
          .slice(maxLines - 1)
          .join(' ')
          .slice(0, width - 1)}…`,
      ]
    : lines
}

/** Picks a stable tint for a key so each place keeps its colour between seeds. */
export function tintFor(key: string): string {
  let hash = 0
  for (const char of key) {
    hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  }

  return palette[hash % palette.length] ?? '#8c2f5b'
}

/**
 * Draws a placeholder photo that says what it stands for: a tinted card with an icon for the
 * kind of place, the place's name and a "placeholder" ribbon, as a JPEG of the given size.
 */
export async function placeholderImage(args: {
  key: string
  title: string
  subtitle?: string
  icon: PlaceholderIcon
  width?: number
  height?: number
}): Promise<Buffer> {
  const width = args.width ?? 1200
  const height = args.height ?? 800
  const tint = tintFor(args.key)
  const titleLines = wrap(args.title, 30, 3)
  const titleSvg = titleLines
    .map((line, index) => `<tspan x="80" dy="${index === 0 ? 0 : 64}">${escapeXml(line)}</tspan>`)
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1200 800">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${tint}"/><stop offset="1" stop-color="#1d1d1f"/>
  </linearGradient></defs>
  <rect width="1200" height="800" fill="url(#g)"/>
  <rect x="40" y="40" width="1120" height="720" rx="28" fill="none" stroke="#fff" stroke-opacity="0.35" stroke-width="4" stroke-dasharray="18 12"/>
  <g transform="translate(920 330)" fill="#fff" fill-opacity="0.85">${icons[args.icon]}</g>
  <text x="80" y="120" font-family="DejaVu Sans, sans-serif" font-size="26" letter-spacing="3" fill="#fff" fill-opacity="0.8">ẢNH MINH HỌA · PLACEHOLDER</text>
  <text x="80" y="520" font-family="DejaVu Sans, sans-serif" font-size="54" font-weight="bold" fill="#fff">${titleSvg}</text>
  <text x="80" y="${520 + titleLines.length * 64 + 20}" font-family="DejaVu Sans, sans-serif" font-size="30" fill="#fff" fill-opacity="0.85">${escapeXml(args.subtitle ?? '')}</text>
</svg>`

  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
}
