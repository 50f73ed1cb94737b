import { env } from '@/config/env'
import { proxyFile } from '@/lib/proxy-file'

const allowed = /^api\/[a-z0-9-]+\/file\/|^(media|panoramas|tiles|models|audio)\//

/** Serves the CMS's uploads (images, panorama tiles, models, audio, captions) from our origin. */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return proxyFile(request, env().CMS_URL, (await params).path, allowed)
}
