import { headers } from 'next/headers'
import { env } from '@/config/env'

/**
 * The origin the visitor used (each tenant has its own host), for canonical links, sitemaps,
 * JSON-LD and Open Graph URLs; STOREFRONT_URL when the request names no host.
 */
export async function requestOrigin(): Promise<string> {
  const requestHeaders = await headers()
  const host = requestHeaders.get('x-hoaban-host') || requestHeaders.get('host')
  if (!host) return env().STOREFRONT_URL
  const proto = requestHeaders.get('x-forwarded-proto')?.split(',')[0]?.trim()

  return `${proto === 'https' ? 'https' : 'http'}://${host}`
}
