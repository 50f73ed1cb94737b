import { foldChar } from './fold.js'

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => escapes[char] ?? char)
}

/**
 * Marks, in the original text, every word that starts with one of the folded query words,
 * so "dien bien" marks "Điện Biên". Returns HTML-escaped text with `<mark>` around matches,
 * cropped around the first match to at most `maxLength` characters; null when nothing matched.
 */
export function highlight(text: string, queryWords: string[], maxLength = 240): string | null {
  if (queryWords.length === 0 || text === '') return null
  const chars = Array.from(text)
  const folded = chars.map(foldChar)
  const ranges: Array<[number, number]> = []
  const isWordChar = (value: string | undefined) =>
    value !== undefined && /[\p{L}\p{N}]/u.test(value)

  let index = 0
  while (index < chars.length) {
    if (!isWordChar(folded[index]) || isWordChar(folded[index - 1])) {
      index += 1
      continue
    }
    let end = index
    while (end < chars.length && isWordChar(folded[end])) end += 1
    const word = folded.slice(index, end).join('')
    const match = queryWords
      .filter((query) => word.startsWith(query))
      .reduce((best, query) => Math.max(best, query.length), 0)
    if (match > 0) {
      let length = 0
      let stop = index
      while (stop < end && length < match) {
        length += (folded[stop] ?? '').length
        stop += 1
      }
      ranges.push([index, stop])
    }
    index = end
  }
  const first = ranges[0]
  if (first === undefined) return null

  const start = chars.length > maxLength ? Math.max(0, first[0] - 40) : 0
  const stop = Math.min(chars.length, start + maxLength)
  let out = start > 0 ? '…' : ''
  let cursor = start
  for (const [from, to] of ranges) {
    if (from < cursor || to > stop) continue
    out += escapeHtml(chars.slice(cursor, from).join(''))
    out += `<mark>${escapeHtml(chars.slice(from, to).join(''))}</mark>`
    cursor = to
  }
  out += escapeHtml(chars.slice(cursor, stop).join(''))
  if (stop < chars.length) out += '…'

  return out
}
