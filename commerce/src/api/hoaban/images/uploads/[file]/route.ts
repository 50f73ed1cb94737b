import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { MedusaError } from '@medusajs/framework/utils'
import { readEnv } from '../../../../../lib/env'
import { PHOTO_FILE_NAME, uploadsDir } from '../../../../../lib/vendor/product-photo'

/** A photo a cooperative uploaded, `GET /hoaban/images/uploads/<name>.webp`. */
export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const name = req.params.file ?? ''
  if (!PHOTO_FILE_NAME.test(name))
    throw new MedusaError(MedusaError.Types.NOT_FOUND, 'No such image')
  let body: Buffer
  try {
    body = await readFile(path.join(uploadsDir(readEnv()), name))
  } catch {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, 'No such image')
  }

  res.setHeader('content-type', 'image/webp')
  // Names are random and never reused, so a photo never changes under its URL.
  res.setHeader('cache-control', 'public, max-age=31536000, immutable')
  res.send(body)
}
