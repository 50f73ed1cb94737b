import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils'
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk'
import { COOPERATIVE_MODULE } from '../../../modules/cooperative'

const linkOf = (cooperativeId: string, productId: string) => ({
  [COOPERATIVE_MODULE]: { cooperative_id: cooperativeId },
  [Modules.PRODUCT]: { product_id: productId },
})

/** Links a product to a cooperative instead of its current one; compensation swaps back. */
export const replaceProductCooperativeStep = createStep(
  'replace-product-cooperative',
  async (input: { product_id: string; cooperative_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const { data } = await query.graph({
      entity: 'product',
      fields: ['cooperative.id'],
      filters: { id: input.product_id },
    })
    const previous = (data[0] as { cooperative?: { id: string } | null })?.cooperative?.id ?? null
    if (previous === input.cooperative_id) return new StepResponse(previous, null)

    if (previous) await link.dismiss(linkOf(previous, input.product_id))
    await link.create(linkOf(input.cooperative_id, input.product_id))

    return new StepResponse(input.cooperative_id, { ...input, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    await link.dismiss(linkOf(undo.cooperative_id, undo.product_id))
    if (undo.previous) await link.create(linkOf(undo.previous, undo.product_id))
  },
)
