import { words } from '../../text/fold.js'

/** A last word shorter than this matches whole words only: "di" as a prefix matches most of a
 * Vietnamese index. */
export const minPrefixLength = 3

/** Words of a query, folded; the last one is matched as a prefix (search as you type). */
export type TextQuery = {
  words: string[]
  /** Every word must match (the last as a prefix). */
  tsquery: string | null
  /** Any word may match: ranks titles that hold some of the words. */
  rankQuery: string | null
}

function lexeme(word: string, prefix: boolean): string {
  return `'${word}'${prefix ? ':*' : ''}`
}

/**
 * Turns user input into a PostgreSQL tsquery on folded words: every word must match, the last
 * (of three letters or more) as a prefix. `alternatives` adds typo corrections: each word matches itself or any of them.
 */
export function buildTextQuery(
  q: string,
  alternatives: Map<string, string[]> = new Map(),
): TextQuery {
  const queryWords = words(q).slice(0, 12)
  if (queryWords.length === 0) return { words: [], tsquery: null, rankQuery: null }

  const parts = queryWords.map((word, index) => {
    const prefix = index === queryWords.length - 1 && word.length >= minPrefixLength
    const options = [
      lexeme(word, prefix),
      ...(alternatives.get(word) ?? []).map((alt) => lexeme(alt, false)),
    ]

    return options.length === 1 ? options[0] : `(${options.join(' | ')})`
  })

  return { words: queryWords, tsquery: parts.join(' & '), rankQuery: parts.join(' | ') }
}
