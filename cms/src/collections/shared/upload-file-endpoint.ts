import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * Serves a file derived from an upload (a panorama tile, a model's phone derivative) after
 * reading the owning document with the caller's access, so drafts and other tenants stay hidden.
 */
export async function serveDerivedFile(
  req: PayloadRequest,
  collection: CollectionSlug,
  dir: string,
  relative: (doc: { filename?: string | null }) => string | null,
  contentType: string,
): Promise<Response> {
  const id = req.routeParams?.id as string | undefined
  const doc = id
    ? await req.payload
        .findByID({ collection, id, req, overrideAccess: false, depth: 0 })
        .catch(() => null)
    : null
  const file = doc ? relative(doc as { filename?: string | null }) : null
  if (!file || file.includes('..')) {
    return Response.json({ errors: [{ message: 'not found' }] }, { status: 404 })
  }
  try {
    const data = await readFile(path.join(dir, file))

    return new Response(new Uint8Array(data), {
      headers: {
        'content-type': contentType,
        'cache-control': 'public, max-age=31536000, immutable',
      },
    })
  } catch {
    return Response.json({ errors: [{ message: 'not found' }] }, { status: 404 })
  }
}

/** The file name of an upload without its extension. */
export const stemOf = (filename: string) => filename.replace(/\.[^.]+$/, '')
