import { randomBytes } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { readEnv } from '../../../lib/env'
import { photoUrl, uploadsDir } from '../../../lib/vendor/product-photo'

/** A processed photo (WebP, base64) and the product it belongs to, for its file name. */
export type StoreProductPhotoInput = { product_id: string; webp_base64: string }

/** Writes a processed photo to the uploads folder and returns its URL; undo removes the file. */
export const storeProductPhotoStep = createStep(
  'store-product-photo',
  async (input: StoreProductPhotoInput) => {
    const env = readEnv()
    const dir = uploadsDir(env)
    const safeProduct = input.product_id.toLowerCase().replace(/[^a-z0-9_]/g, '')
    const name = `${safeProduct}-${randomBytes(8).toString('hex')}.webp`
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, name), Buffer.from(input.webp_base64, 'base64'))

    return new StepResponse(photoUrl(name, env), path.join(dir, name))
  },
  async (file) => {
    if (file) await rm(file, { force: true })
  },
)
