/**
 * Folds text the way the PostgreSQL engine's `hoaban_fold` does: Vietnamese diacritics removed,
 * đ/Đ to d, lower case. Works character by character so positions map back to the original.
 */
export function foldChar(char: string): string {
  if (char === 'đ' || char === 'Đ') return 'd'

  return char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** Folds a whole string (see {@link foldChar}); the same result, computed in one pass. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()
}

/** Splits folded text into search words: runs of letters and digits. */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? []
}
