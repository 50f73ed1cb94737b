import { env } from '@/config/env'
import { proxyFile } from '@/lib/proxy-file'

const allowed = /^(static|uploads|hoaban\/images)\//

/** Serves commerce's product images from our origin. */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return proxyFile(request, env().COMMERCE_URL, (await params).path, allowed)
}
