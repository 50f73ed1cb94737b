import { type NextRequest, NextResponse } from 'next/server'

/**
 * Vietnamese pages live at `/…` and English at `/en/…`. Internally every page sits under
 * `app/[locale]`, so unprefixed paths are rewritten to `/vi/…`. Pages name their unprefixed
 * address as canonical, so a hand-typed `/vi/…` is not a second page for search engines.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  // The layout reads the public path to link the same page in the other language.
  const forwarded = new Headers(request.headers)
  // The rewritten request comes back through here with the server's own host; the tenant is
  // chosen by the host the visitor asked for, kept from the first pass. (Whoever sets it by hand
  // only sees another tenant's public pages.)
  if (!forwarded.has('x-hoaban-host'))
    forwarded.set('x-hoaban-host', request.headers.get('host') ?? '')
  forwarded.set('x-public-path', pathname.replace(/^\/vi(?=\/|$)/, '') || '/')
  if (pathname === '/en' || pathname.startsWith('/en/')) {
    return NextResponse.next({ request: { headers: forwarded } })
  }

  // Already rewritten (Next runs the proxy again on the rewritten URL) or typed by hand.
  if (pathname === '/vi' || pathname.startsWith('/vi/')) {
    return NextResponse.next({ request: { headers: forwarded } })
  }

  const url = request.nextUrl.clone()
  url.pathname = `/vi${pathname === '/' ? '' : pathname}`

  return NextResponse.rewrite(url, { request: { headers: forwarded } })
}

export const config = {
  matcher: [
    '/((?!api/|_next/|cms/|commerce/|vendor/|models/|sitemap.xml|robots.txt|favicon.ico|opengraph-image|.*\\.[a-z0-9]+$).*)',
  ],
}
