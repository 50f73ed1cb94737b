import { env } from '@/config/env'
import { proxyFile } from '@/lib/proxy-file'

const allowed = new RegExp(
  [
    '^api/[a-z0-9-]+/file/',
    '^(media|panoramas|tiles|models|audio)/',
    // Derived files the CMS serves per document: panorama preview and tiles, phone GLB.
    '^api/panoramas/[0-9a-z-]+/(preview|tiles/\\d+/\\d+)$',
    '^api/models/[0-9a-z-]+/mobile\\.glb$',
  ].join('|'),
)

/** Serves the CMS's uploads (images, panorama tiles, models, audio, captions) from our origin. */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return proxyFile(request, env().CMS_URL, (await params).path, allowed)
}
