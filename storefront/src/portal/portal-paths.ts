import type { Locale } from '@/domain/types'
import { localePath } from '@/i18n/locales'

/** The public path of a portal page: `/portal/…` in Vietnamese, `/en/portal/…` in English. */
export function portalPath(locale: Locale, path = ''): string {
  const clean = path === '' || path === '/' ? '' : path.startsWith('/') ? path : `/${path}`

  return localePath(locale, `/portal${clean}`)
}

/** True for a public path inside the portal, in either language. */
export function isPortalPath(publicPath: string): boolean {
  return /^(\/en)?\/portal(\/|$)/.test(publicPath)
}
