import type { MedusaContainer } from '@medusajs/framework/types'
import { ContainerRegistrationKeys } from '@medusajs/framework/utils'
import { APPROVAL_MODULE } from '../../modules/approval'
import type ApprovalModuleService from '../../modules/approval/service'
import {
  type CertificateFields,
  toVendorCertificate,
  type VendorCertificate,
} from './vendor-certificate'

/** The approval a cooperative is waiting for, or the last one refused. */
export type VendorApproval = {
  id: string
  kind: 'new_product' | 'certificate'
  status: 'pending' | 'rejected'
  reason: string | null
  created_at: string
}

/** A product as its cooperative manages it (the portal contract's VendorProduct). */
export type VendorProduct = {
  id: string
  handle: string
  title: string
  title_en: string | null
  subtitle: string | null
  description: string | null
  description_en: string | null
  status: string
  thumbnail: string | null
  images: { id: string; url: string }[]
  approval: VendorApproval | null
  certificate: VendorCertificate | null
  pending_certificate: VendorCertificate | null
  variants: {
    id: string
    title: string
    sku: string | null
    price_vnd: number | null
    stocked_quantity: number
    reserved_quantity: number
  }[]
  updated_at: string
}

type Row = {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  status: string
  thumbnail?: string | null
  metadata?: Record<string, unknown> | null
  updated_at: string | Date
  images?: ({ id: string; url: string; rank?: number | null } | null)[] | null
  ocop_certificate?: CertificateFields | null
  variants?: ({
    id: string
    title: string | null
    sku?: string | null
    prices?: ({ amount: number; currency_code: string } | null)[] | null
    inventory_items?: ({
      inventory?: {
        location_levels?: ({ stocked_quantity: number; reserved_quantity: number } | null)[]
      } | null
    } | null)[]
  } | null)[]
}

type ApprovalRow = {
  id: string
  kind: 'new_product' | 'certificate'
  status: 'pending' | 'approved' | 'rejected'
  product_id: string
  proposed: Record<string, unknown> | null
  reason: string | null
  created_at: Date | string
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null)

/**
 * What the portal shows of a product's approvals (newest first): a pending one if any,
 * otherwise the newest if it was rejected, otherwise none.
 */
function currentApproval(approvals: ApprovalRow[]): VendorApproval | null {
  const shown = approvals.find((a) => a.status === 'pending') ?? approvals[0]
  if (!shown || shown.status === 'approved') return null

  return {
    id: shown.id,
    kind: shown.kind,
    status: shown.status,
    reason: shown.reason,
    created_at: new Date(shown.created_at).toISOString(),
  }
}

/** The certificate waiting for approval: a certificate proposal, or one sent with a new product. */
function pendingCertificate(approvals: ApprovalRow[]): CertificateFields | null {
  const pending = approvals.filter((a) => a.status === 'pending')
  const proposal = pending.find((a) => a.kind === 'certificate')?.proposed
  if (proposal) return proposal as unknown as CertificateFields
  const withProduct = pending.find((a) => a.kind === 'new_product')?.proposed?.certificate

  return withProduct ? (withProduct as CertificateFields) : null
}

/**
 * Loads products by id in the vendor shape: English texts from metadata, images by rank,
 * stock summed over locations, the live and the proposed certificate, the current approval.
 */
export async function loadVendorProducts(
  container: MedusaContainer,
  ids: string[],
): Promise<VendorProduct[]> {
  if (ids.length === 0) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: 'product',
    fields: [
      'id',
      'handle',
      'title',
      'subtitle',
      'description',
      'status',
      'thumbnail',
      'metadata',
      'updated_at',
      'images.id',
      'images.url',
      'images.rank',
      'ocop_certificate.*',
      'variants.id',
      'variants.title',
      'variants.sku',
      'variants.prices.amount',
      'variants.prices.currency_code',
      'variants.inventory_items.inventory.location_levels.stocked_quantity',
      'variants.inventory_items.inventory.location_levels.reserved_quantity',
    ],
    filters: { id: ids },
  })
  const approvals = (await container
    .resolve<ApprovalModuleService>(APPROVAL_MODULE)
    .listProductApprovals(
      { product_id: ids },
      { order: { created_at: 'DESC' }, take: null },
    )) as unknown as ApprovalRow[]
  const now = new Date()
  const byId = new Map((data as unknown as Row[]).map((p) => [p.id, p]))

  return ids.flatMap((id) => {
    const p = byId.get(id)
    if (!p) return []
    const own = approvals.filter((a) => a.product_id === p.id)
    const proposed = pendingCertificate(own)

    return [
      {
        id: p.id,
        handle: p.handle,
        title: p.title,
        title_en: text(p.metadata?.title_en),
        subtitle: p.subtitle ?? null,
        description: p.description ?? null,
        description_en: text(p.metadata?.description_en),
        status: p.status,
        thumbnail: p.thumbnail ?? null,
        images: (p.images ?? [])
          .filter((i): i is NonNullable<typeof i> => i !== null)
          .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
          .map((i) => ({ id: i.id, url: i.url })),
        approval: currentApproval(own),
        certificate: p.ocop_certificate ? toVendorCertificate(p.ocop_certificate, now) : null,
        pending_certificate: proposed ? toVendorCertificate(proposed, now) : null,
        updated_at: new Date(p.updated_at).toISOString(),
        variants: (p.variants ?? []).flatMap((v) => {
          if (!v) return []
          const levels = (v.inventory_items ?? []).flatMap(
            (i) => i?.inventory?.location_levels ?? [],
          )
          const sum = (key: 'stocked_quantity' | 'reserved_quantity') =>
            levels.reduce((total, level) => total + Number(level?.[key] ?? 0), 0)
          const price = (v.prices ?? []).find((x) => x?.currency_code === 'vnd')

          return [
            {
              id: v.id,
              title: v.title ?? '',
              sku: v.sku ?? null,
              price_vnd: price ? Number(price.amount) : null,
              stocked_quantity: sum('stocked_quantity'),
              reserved_quantity: sum('reserved_quantity'),
            },
          ]
        }),
      },
    ]
  })
}
