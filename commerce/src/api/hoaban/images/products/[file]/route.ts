import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils'
import { productImageSvg } from '../../../../../lib/catalog/product-image'

/** The generated image of a product, `GET /hoaban/images/products/<handle>.svg`. */
export async function GET(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const match = /^([a-z0-9-]+)\.svg$/.exec(req.params.file ?? '')
  if (!match?.[1]) throw new MedusaError(MedusaError.Types.NOT_FOUND, 'No such image')
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const product = (await pg('product')
    .first('title', 'metadata')
    .where('handle', match[1])
    .whereNull('deleted_at')) as { title: string; metadata: Record<string, unknown> | null }
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, 'No such image')

  const svg = productImageSvg({
    title: product.title,
    group: String(
      product.metadata?.ocop_group ??
        (product.metadata?.kind === 'experience' ? 'tourism' : 'food'),
    ),
    stars: typeof product.metadata?.ocop_stars === 'number' ? product.metadata.ocop_stars : null,
  })
  res.setHeader('content-type', 'image/svg+xml; charset=utf-8')
  res.setHeader('cache-control', 'public, max-age=86400')
  res.send(svg)
}
