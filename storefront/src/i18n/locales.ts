import type { Locale } from '@/domain/types'

/** Languages offered, the default first. */
export const locales = ['vi', 'en'] as const satisfies readonly Locale[]

/** The language served without a path prefix. */
export const defaultLocale: Locale = 'vi'

/** True when `value` is a language the site offers. */
export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value)
}

/** The public path of a page in a language: `/…` for Vietnamese, `/en/…` for English. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  if (locale === defaultLocale) return clean

  return clean === '/' ? `/${locale}` : `/${locale}${clean}`
}

/** Splits a public path into its language and the path without the prefix. */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  const match = /^\/(en)(\/.*)?$/.exec(pathname)
  if (match) return { locale: 'en', path: match[2] ?? '/' }

  return { locale: defaultLocale, path: pathname || '/' }
}

/** BCP 47 tag for Intl formatting in each language. */
export const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' }
