import '../globals.css'
import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/layout/site-footer'
import { SiteHeader } from '@/components/layout/site-header'
import { requestOrigin } from '@/lib/request-origin'
import { pageContext } from '@/lib/page-context'
import { isPortalPath } from '@/portal/portal-paths'

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#6b2152',
}

/** Site-wide metadata: the tenant's name as title template, alternates per language. */
export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>
}): Promise<Metadata> {
  const { tenant, t, locale } = await pageContext(params)

  return {
    metadataBase: new URL(await requestOrigin()),
    title: { default: `${tenant.name} · ${t.siteTagline}`, template: `%s · ${tenant.name}` },
    description: t.home.heroText,
    openGraph: {
      siteName: tenant.name,
      locale: locale === 'vi' ? 'vi_VN' : 'en_GB',
      type: 'website',
    },
  }
}

/** The root layout of every page in both languages. */
export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale, t, tenant, publicPath } = await pageContext(params)

  return (
    <html lang={locale}>
      <head>
        {/* The two faces every page uses first; the others load when their letters appear. */}
        <link
          rel="preload"
          href="/vendor/fonts/be-vietnam-pro-latin-700-normal.woff2"
          as="font"
          type="font/woff2"
          crossOrigin=""
        />
        <link
          rel="preload"
          href="/vendor/fonts/be-vietnam-pro-latin-400-normal.woff2"
          as="font"
          type="font/woff2"
          crossOrigin=""
        />
      </head>
      <body>
        {/* The cooperative portal draws its own shell (portal/layout.tsx), not the tourist one. */}
        {isPortalPath(publicPath) ? (
          children
        ) : (
          <>
            <a href="#main" className="skip-link">
              {t.skipToContent}
            </a>
            <SiteHeader locale={locale} t={t} tenantName={tenant.name} publicPath={publicPath} />
            <main id="main" tabIndex={-1}>
              {children}
            </main>
            <SiteFooter t={t} tenantName={tenant.name} contact={tenant.contact} />
          </>
        )}
      </body>
    </html>
  )
}
