import type { MedusaContainer } from '@medusajs/framework/types'
import { ContainerRegistrationKeys } from '@medusajs/framework/utils'
import { APPROVAL_MODULE } from '../../modules/approval'
import type ApprovalModuleService from '../../modules/approval/service'
import { COOPERATIVE_MODULE } from '../../modules/cooperative'
import type CooperativeModuleService from '../../modules/cooperative/service'

/** An approval as the admin queue shows it (the portal contract's admin shape). */
export type AdminApproval = {
  id: string
  kind: string
  status: string
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
  cooperative: { id: string; name_vi: string } | null
  tenant_slug: string
  proposed: Record<string, unknown> | null
  reason: string | null
  created_at: string
  decided_at: string | null
}

type Filter = { ids?: string[]; status?: string; tenant_slug?: string | null }

/** Lists approvals, newest first, with their product and cooperative; filters are optional. */
export async function loadAdminApprovals(
  container: MedusaContainer,
  filter: Filter,
): Promise<AdminApproval[]> {
  const approvals = await container
    .resolve<ApprovalModuleService>(APPROVAL_MODULE)
    .listProductApprovals(
      {
        ...(filter.ids ? { id: filter.ids } : {}),
        ...(filter.status ? { status: filter.status as 'pending' } : {}),
        ...(filter.tenant_slug ? { tenant_slug: filter.tenant_slug } : {}),
      },
      { order: { created_at: 'DESC' }, take: 200 },
    )
  if (approvals.length === 0) return []

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: 'product',
    fields: ['id', 'title', 'handle', 'thumbnail'],
    filters: { id: [...new Set(approvals.map((a) => a.product_id))] },
  })
  const cooperatives = await container
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listCooperatives(
      { id: [...new Set(approvals.map((a) => a.cooperative_id))] },
      { select: ['id', 'name_vi'], take: null },
    )
  const productById = new Map(
    (products as { id: string; title: string; handle: string; thumbnail?: string | null }[]).map(
      (p) => [p.id, p],
    ),
  )
  const cooperativeById = new Map(cooperatives.map((c) => [c.id, c]))

  return approvals.map((a) => {
    const product = productById.get(a.product_id)
    const cooperative = cooperativeById.get(a.cooperative_id)

    return {
      id: a.id,
      kind: a.kind,
      status: a.status,
      product: product
        ? {
            id: product.id,
            title: product.title,
            handle: product.handle,
            thumbnail: product.thumbnail ?? null,
          }
        : null,
      cooperative: cooperative ? { id: cooperative.id, name_vi: cooperative.name_vi } : null,
      tenant_slug: a.tenant_slug,
      proposed: (a.proposed as Record<string, unknown> | null) ?? null,
      reason: a.reason ?? null,
      created_at: new Date(a.created_at).toISOString(),
      decided_at: a.decided_at ? new Date(a.decided_at).toISOString() : null,
    }
  })
}
