import type { Metadata } from 'next'
import type { Locale } from '@/domain/types'
import { localePath } from '@/i18n/locales'

/** Canonical address of a page in its language, and the address of each translation. */
export function alternates(locale: Locale, path: string): Metadata['alternates'] {
  return {
    canonical: localePath(locale, path),
    languages: {
      vi: localePath('vi', path),
      en: localePath('en', path),
      'x-default': localePath('vi', path),
    },
  }
}
