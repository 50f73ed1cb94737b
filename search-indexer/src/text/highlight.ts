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

/** A folded query word; `prefix` marks words that merely start with it (the word being typed). */
export type HighlightTerm = { word: string; prefix: boolean }

/** Terms of folded query words: whole words, the last one a prefix when `lastIsPrefix`. */
export function highlightTerms(queryWords: string[], lastIsPrefix: boolean): HighlightTerm[] {
  return queryWords.map((word, index) => ({
    word,
    prefix: lastIsPrefix && index === queryWords.length - 1,
  }))
}

/**
 * Marks, in the original text, the words matching the folded query terms, so "dien bien" marks
 * "Điện Biên". Returns HTML-escaped text with `<mark>` around matches, cropped around the
 * first match to at most `maxLength` characters; null when nothing matched.
 */
export function highlight(text: string, terms: HighlightTerm[], maxLength = 240): string | null {
  if (terms.length === 0 || text === '') return null
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
    const match = terms
      .filter((term) => (term.prefix ? word.startsWith(term.word) : word === term.word))
      .reduce((best, term) => Math.max(best, term.word.length), 0)
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
