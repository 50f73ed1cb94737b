import type { MetadataRoute } from 'next'
import { requestOrigin } from '@/lib/request-origin'

export const dynamic = 'force-dynamic'

/** Crawlers may read everything public; carts, checkout, orders and the API are off limits. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const base = await requestOrigin()

  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: [
          '/api/',
          '/cart',
          '/checkout',
          '/order/',
          '/en/cart',
          '/en/checkout',
          '/en/order/',
          '/search',
          '/en/search',
        ],
      },
    ],
    sitemap: `${base}/sitemap.xml`,
  }
}
