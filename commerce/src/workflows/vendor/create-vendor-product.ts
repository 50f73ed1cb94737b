import { ProductStatus } from '@medusajs/framework/utils'
import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk'
import { createProductsWorkflow, createRemoteLinkStep } from '@medusajs/medusa/core-flows'
import { COOPERATIVE_MODULE } from '../../modules/cooperative'
import type { CertificateInput } from '../admin/steps/upsert-product-certificate'
import { openApprovalStep } from '../approval/steps/open-approval'
import { setVariantStockStep } from './steps/set-variant-stock'

/**
 * A cooperative member's new product: one variant, price in whole đồng, initial stock,
 * Vietnamese texts with English ones beside them, and optionally a certificate to approve.
 */
export type CreateVendorProductInput = {
  cooperative_id: string
  tenant_slug: string
  sales_channel_ids: string[]
  shipping_profile_id: string
  location_id: string
  title: string
  title_en?: string
  subtitle?: string
  description?: string
  description_en?: string
  handle?: string
  price_vnd: number
  stock: number
  certificate?: Omit<CertificateInput, 'product_id'>
}

const OPTION = 'Quy cách'
const VALUE = 'Mặc định'

/**
 * Creates a product for a cooperative: the product as a draft, its link to the cooperative,
 * its stock, and the pending `new_product` approval that alone can publish it. Each step
 * undoes itself if a later one fails.
 */
export const createVendorProductWorkflow = createWorkflow(
  'create-vendor-product',
  (input: CreateVendorProductInput) => {
    const products = transform({ input }, ({ input }) => [
      {
        title: input.title,
        subtitle: input.subtitle,
        description: input.description,
        handle: input.handle,
        status: ProductStatus.DRAFT,
        shipping_profile_id: input.shipping_profile_id,
        options: [{ title: OPTION, values: [VALUE] }],
        variants: [
          {
            title: VALUE,
            manage_inventory: true,
            options: { [OPTION]: VALUE },
            prices: [{ amount: input.price_vnd, currency_code: 'vnd' }],
          },
        ],
        sales_channels: input.sales_channel_ids.map((id) => ({ id })),
        metadata: {
          kind: 'product',
          ...(input.title_en ? { title_en: input.title_en } : {}),
          ...(input.description_en ? { description_en: input.description_en } : {}),
        },
      },
    ])
    const created = createProductsWorkflow.runAsStep({ input: { products } })
    const product = transform({ created }, ({ created }) => {
      const first = created[0]
      if (!first?.variants?.[0]) throw new Error('createProductsWorkflow returned no variant')

      return { id: first.id, variantId: first.variants[0].id }
    })

    createRemoteLinkStep(
      transform({ input, product }, ({ input, product }) => [
        {
          [COOPERATIVE_MODULE]: { cooperative_id: input.cooperative_id },
          product: { product_id: product.id },
        },
      ]),
    )
    setVariantStockStep(
      transform({ input, product }, ({ input, product }) => ({
        variant_id: product.variantId,
        location_id: input.location_id,
        quantity: input.stock,
      })),
    )

    openApprovalStep(
      transform({ input, product }, ({ input, product }) => ({
        kind: 'new_product' as const,
        product_id: product.id,
        cooperative_id: input.cooperative_id,
        tenant_slug: input.tenant_slug,
        proposed: input.certificate ? { certificate: input.certificate } : null,
      })),
    )

    return new WorkflowResponse(product)
  },
)
