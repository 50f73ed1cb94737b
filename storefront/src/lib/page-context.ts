import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import type { Locale } from '@/domain/types'
import { isLocale } from '@/i18n/locales'
import { messages, type Messages } from '@/i18n/messages'
import { currentTenant, type CurrentTenant } from '@/tenants/current-tenant'

/** What every page needs: its language, strings, tenant and public path. */
export interface PageContext {
  locale: Locale
  t: Messages
  tenant: Extract<CurrentTenant, { tenant: unknown }>['tenant']
  cmsUp: boolean
  publicPath: string
}

/** Reads the language from the route and the tenant from the Host header; 404 when unknown. */
export async function pageContext(params: Promise<{ locale: string }>): Promise<PageContext> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const resolved = await currentTenant(locale)
  if (resolved.status === 'unknown') notFound()
  const publicPath = (await headers()).get('x-public-path') ?? '/'

  return {
    locale,
    t: messages(locale),
    tenant: resolved.tenant,
    cmsUp: resolved.status === 'found',
    publicPath,
  }
}
