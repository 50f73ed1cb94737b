import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { MedusaError } from '@medusajs/framework/utils'
import multer from 'multer'
import { PHOTO_MAX_BYTES } from '../../lib/vendor/product-photo'

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: PHOTO_MAX_BYTES, files: 1 },
}).single('file')

/**
 * Reads a multipart/form-data body with one photo in field `file` into memory (at most
 * 10 MB). A larger file is answered 413 `file: larger than 10 MB`; a missing one 400.
 */
export function readPhotoUpload(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
): void {
  upload(req, res, (error: unknown) => {
    if (error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE') {
      res.status(413).json({ type: 'invalid_data', message: 'file: larger than 10 MB' })

      return
    }
    if (error instanceof multer.MulterError) {
      next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `file: send one photo in the form field "file" (${error.code})`,
        ),
      )

      return
    }
    if (error) {
      next(error)

      return
    }
    if (!(req as MedusaRequest & { file?: Express.Multer.File }).file) {
      next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          'file: missing; send multipart/form-data with the photo in field "file"',
        ),
      )

      return
    }
    next()
  })
}
