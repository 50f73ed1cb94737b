/** Background and accent colours of generated product images, by OCOP group. */
const GROUP_COLOURS: Record<string, [string, string]> = {
  food: ['#F6E7C8', '#9A5B13'],
  beverage: ['#DDEBD5', '#2F6B2A'],
  herbal: ['#E6E0F2', '#5A3F8C'],
  textile: ['#F7D9DC', '#9C2A3A'],
  handicraft: ['#E3E3DC', '#5C5A4A'],
  tourism: ['#D6E9F2', '#1F5C7A'],
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.codePointAt(0)};`)

/** Splits a title into at most three lines of about `width` characters. */
function wrap(title: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of title.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > width && line) {
      lines.push(line)
      line = word
    } else {
      line = (line + ' ' + word).trim()
    }
  }
  if (line) lines.push(line)

  return lines.slice(0, 3)
}

/**
 * A generated 800×800 SVG for a product without photos: the group's colours, the title and
 * its OCOP stars. Small (≈1 KB), so it costs the page nothing.
 */
export function productImageSvg(input: { title: string; group: string; stars: number | null }) {
  const [background, accent] = GROUP_COLOURS[input.group] ?? GROUP_COLOURS.food ?? ['#eee', '#333']
  const lines = wrap(input.title, 22)
  const text = lines
    .map(
      (l, i) =>
        `<text x="400" y="${380 + i * 64 - (lines.length - 1) * 32}" text-anchor="middle">${escapeXml(l)}</text>`,
    )
    .join('')
  const stars = input.stars
    ? `<text x="400" y="620" text-anchor="middle" font-size="56">${'★'.repeat(input.stars)}</text>`
    : ''

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800" width="800" height="800">` +
    `<rect width="800" height="800" fill="${background}"/>` +
    `<circle cx="400" cy="170" r="70" fill="${accent}" opacity="0.85"/>` +
    `<g fill="${accent}" font-family="'Be Vietnam Pro', system-ui, sans-serif" ` +
    `font-size="52" font-weight="700">${text}${stars}</g></svg>`
  )
}
