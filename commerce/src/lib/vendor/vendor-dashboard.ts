import { EXPIRY_WARNING_DAYS } from '../../modules/ocop/certificate-rules'
import { toVendorCertificate } from './vendor-certificate'
import { countOrdersToShip, countPaymentsToCollect } from './vendor-orders'
import type { VendorScope } from './vendor-scope'
import { listVendorSessions, type VendorSession } from './vendor-sessions'

/** What a cooperative has to do next, for the portal's first screen. */
export type VendorDashboard = {
  orders_to_ship: number
  payments_to_collect: number
  sessions_next_7_days: VendorSession[]
  certificates_expiring: {
    product_id: string
    product_title: string
    certificate_number: string
    expires_at: string
    days_left: number
  }[]
  pending_approvals: {
    id: string
    kind: string
    product_id: string
    product_title: string
    created_at: string
  }[]
}

const DAY_MS = 24 * 3600 * 1000

type CertificateRow = {
  product_id: string
  product_title: string
  stars: number
  certificate_number: string
  decision_number: string | null
  issuing_level: string
  product_group: string
  issued_at: Date
  expires_at: Date
  revoked_at: Date | null
}

/** Certificates of own products that have expired or expire within the warning window. */
async function certificatesExpiring(
  scope: VendorScope,
  now: Date,
): Promise<VendorDashboard['certificates_expiring']> {
  const rows = (await scope
    .pg('cooperative_cooperative_product_product as cp')
    .join('product as p', 'p.id', 'cp.product_id')
    .join('product_product_ocop_ocop_certificate as pc', 'pc.product_id', 'p.id')
    .join('ocop_certificate as oc', 'oc.id', 'pc.ocop_certificate_id')
    .select(
      'p.id as product_id',
      'p.title as product_title',
      'oc.stars',
      'oc.certificate_number',
      'oc.decision_number',
      'oc.issuing_level',
      'oc.product_group',
      'oc.issued_at',
      'oc.expires_at',
      'oc.revoked_at',
    )
    .where('cp.cooperative_id', scope.cooperativeId)
    .where('oc.expires_at', '<=', new Date(now.getTime() + EXPIRY_WARNING_DAYS * DAY_MS))
    .whereNull('cp.deleted_at')
    .whereNull('p.deleted_at')
    .whereNull('pc.deleted_at')
    .whereNull('oc.deleted_at')
    .orderBy('oc.expires_at')) as CertificateRow[]

  return rows.map((r) => {
    const certificate = toVendorCertificate(r, now)

    return {
      product_id: r.product_id,
      product_title: r.product_title,
      certificate_number: certificate.certificate_number,
      expires_at: certificate.expires_at,
      days_left: certificate.days_left,
    }
  })
}

/** Approvals of own products still waiting for a tenant admin, oldest first. */
async function pendingApprovals(scope: VendorScope): Promise<VendorDashboard['pending_approvals']> {
  const rows = (await scope
    .pg('product_approval as a')
    .join('product as p', 'p.id', 'a.product_id')
    .select('a.id', 'a.kind', 'a.product_id', 'p.title as product_title', 'a.created_at')
    .where('a.cooperative_id', scope.cooperativeId)
    .where('a.status', 'pending')
    .whereNull('a.deleted_at')
    .orderBy('a.created_at')) as {
    id: string
    kind: string
    product_id: string
    product_title: string
    created_at: Date
  }[]

  return rows.map((r) => ({ ...r, created_at: new Date(r.created_at).toISOString() }))
}

/**
 * The cooperative's to-do list: orders with lines to send, payments to collect, scheduled
 * sessions of the next 7 days, certificates expired or expiring within 90 days, and products
 * waiting for approval.
 */
export async function loadVendorDashboard(
  scope: VendorScope,
  now: Date = new Date(),
): Promise<VendorDashboard> {
  const [ordersToShip, paymentsToCollect, sessions, certificates, approvals] = await Promise.all([
    countOrdersToShip(scope),
    countPaymentsToCollect(scope),
    listVendorSessions(scope, {
      start: now,
      end: new Date(now.getTime() + 7 * DAY_MS),
      scheduledOnly: true,
    }),
    certificatesExpiring(scope, now),
    pendingApprovals(scope),
  ])

  return {
    orders_to_ship: ordersToShip,
    payments_to_collect: paymentsToCollect,
    sessions_next_7_days: sessions,
    certificates_expiring: certificates,
    pending_approvals: approvals,
  }
}
