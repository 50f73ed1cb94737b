import { rm } from 'node:fs/promises'
import path from 'node:path'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { readEnv } from '../../../lib/env'
import { photoFileOf, uploadsDir } from '../../../lib/vendor/product-photo'

/**
 * Removes the file behind a photo URL once no product shows it any more. Run it last: a
 * removed file cannot be restored, so there is nothing to compensate.
 */
export const removeStoredPhotoStep = createStep('remove-stored-photo', async (url: string) => {
  const name = photoFileOf(url)
  if (name) await rm(path.join(uploadsDir(readEnv()), name), { force: true })

  return new StepResponse(Boolean(name))
})
