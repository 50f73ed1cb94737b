import type { Locale } from '@/domain/types'
import { intlLocale } from '@/i18n/locales'

/** Shows a date (ISO string) in Asia/Ho_Chi_Minh, e.g. "3 thg 12, 2026" / "3 Dec 2026". */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00+07:00` : iso)
  if (Number.isNaN(date.getTime())) return iso

  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'medium',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(date)
}

/** Shows a date and time in Asia/Ho_Chi_Minh. */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso

  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(date)
}
