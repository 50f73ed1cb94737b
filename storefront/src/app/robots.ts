import type { MetadataRoute } from 'next'
import { env } from '@/config/env'

export const dynamic = 'force-dynamic'

/** Crawlers may read everything public; carts, checkout, orders and the API are off limits. */
export default function robots(): MetadataRoute.Robots {
  const base = env().STOREFRONT_URL

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
