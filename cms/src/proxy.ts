import { type NextRequest, NextResponse } from 'next/server'

/**
 * The admin speaks Vietnamese unless the user chose a language (Payload stores the choice in
 * the `payload-lng` cookie): without that cookie the browser's Accept-Language is replaced by
 * `vi`, so an English-language browser still opens the admin in Vietnamese.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has('payload-lng')) {
    return NextResponse.next()
  }
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'vi')

  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ['/admin/:path*'] }
