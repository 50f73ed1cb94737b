/** A label or help text in both admin languages. */
export type BilingualText = { vi: string; en: string }

/** Builds a bilingual admin label: Vietnamese first, English second. */
export function label(vi: string, en: string): BilingualText {
  return { vi, en }
}
