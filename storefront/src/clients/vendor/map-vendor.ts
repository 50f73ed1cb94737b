import type { z } from 'zod'
import type {
  PortalCertificate,
  PortalDashboard,
  PortalFulfilment,
  PortalGuest,
  PortalMember,
  PortalOrder,
  PortalProduct,
  PortalProductState,
  PortalSession,
} from '@/portal/types'
import type {
  VendorCertificate,
  VendorDashboard,
  VendorGuestList,
  VendorMe,
  VendorOrder,
  VendorProduct,
  VendorSession,
} from './schemas'

/** The member and cooperative from GET /vendor/me. */
export function mapMember(me: z.infer<typeof VendorMe>): PortalMember {
  return {
    id: me.member.id,
    email: me.member.email,
    name: me.member.name ?? null,
    cooperative: {
      id: me.cooperative.id,
      handle: me.cooperative.handle,
      nameVi: me.cooperative.name_vi,
      nameEn: me.cooperative.name_en ?? null,
      kind: me.cooperative.kind ?? null,
      tenantSlug: me.cooperative.tenant_slug,
    },
  }
}

/** A certificate in the portal's shape. */
export function mapCertificate(
  cert: z.infer<typeof VendorCertificate> | null | undefined,
): PortalCertificate | null {
  if (!cert) return null

  return {
    stars: cert.stars,
    certificateNumber: cert.certificate_number,
    decisionNumber: cert.decision_number ?? null,
    issuingLevel: cert.issuing_level,
    productGroup: cert.product_group,
    issuedAt: cert.issued_at.slice(0, 10),
    expiresAt: cert.expires_at.slice(0, 10),
    daysLeft: cert.days_left ?? null,
    warning: cert.warning ?? null,
  }
}

/** Live once published; otherwise awaiting approval, rejected (with the reason) or a draft. */
export function productState(product: z.infer<typeof VendorProduct>): PortalProductState {
  if (product.status === 'published') return { kind: 'live' }
  if (product.approval?.status === 'rejected') {
    return { kind: 'rejected', reason: product.approval.reason ?? null }
  }
  if (product.approval?.status === 'pending' || product.status === 'proposed') {
    return { kind: 'awaiting_approval' }
  }

  return { kind: 'draft' }
}

/** A product in the portal's shape. */
export function mapProduct(product: z.infer<typeof VendorProduct>): PortalProduct {
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    titleEn: product.title_en ?? null,
    subtitle: product.subtitle ?? null,
    description: product.description ?? null,
    descriptionEn: product.description_en ?? null,
    status: product.status,
    state: productState(product),
    thumbnail: product.thumbnail ?? null,
    images: product.images ?? [],
    approval: product.approval
      ? {
          id: product.approval.id,
          kind: product.approval.kind,
          status: product.approval.status,
          reason: product.approval.reason ?? null,
          createdAt: product.approval.created_at,
        }
      : null,
    certificate: mapCertificate(product.certificate),
    pendingCertificate: mapCertificate(product.pending_certificate),
    variants: product.variants.map((variant) => ({
      id: variant.id,
      title: variant.title ?? '',
      sku: variant.sku ?? null,
      priceVnd: variant.price_vnd ?? null,
      stock: variant.stocked_quantity ?? 0,
      reserved: variant.reserved_quantity ?? 0,
    })),
    updatedAt: product.updated_at,
  }
}

/** A session in the portal's shape; seats left never below zero. */
export function mapSession(session: z.infer<typeof VendorSession>): PortalSession {
  return {
    id: session.id,
    productId: session.product_id,
    productTitle: session.product_title ?? null,
    startsAt: session.starts_at,
    endsAt: session.ends_at,
    localDate: session.local.date,
    localTime: session.local.time,
    capacity: session.capacity,
    seatsTaken: session.seats_taken,
    seatsLeft: Math.max(0, session.seats_left ?? session.capacity - session.seats_taken),
    cancelled: session.status === 'cancelled',
    language: session.language ?? null,
    meetingPoint: session.meeting_point ?? null,
  }
}

/** The first screen's data in the portal's shape. */
export function mapDashboard(dashboard: z.infer<typeof VendorDashboard>): PortalDashboard {
  return {
    ordersToShip: dashboard.orders_to_ship,
    paymentsToCollect: dashboard.payments_to_collect,
    sessionsNext7Days: dashboard.sessions_next_7_days.map(mapSession),
    certificatesExpiring: dashboard.certificates_expiring.map((cert) => ({
      productId: cert.product_id,
      productTitle: cert.product_title,
      certificateNumber: cert.certificate_number,
      expiresAt: cert.expires_at,
      daysLeft: cert.days_left,
    })),
    pendingApprovals: dashboard.pending_approvals.map((approval) => ({
      id: approval.id,
      kind: approval.kind,
      productId: approval.product_id,
      productTitle: approval.product_title,
      createdAt: approval.created_at,
    })),
  }
}

const fulfilments: readonly PortalFulfilment[] = ['unfulfilled', 'shipped', 'ready_for_pickup']

function fulfilmentOf(value: string | null | undefined): PortalFulfilment {
  return fulfilments.find((known) => known === value) ?? 'unfulfilled'
}

/** An order in the portal's shape: address as lines, payment marked collectable or not. */
export function mapOrder(order: z.infer<typeof VendorOrder>): PortalOrder {
  const address = order.shipping_address
  const items = order.items.map((item) => ({
    id: item.id,
    title: item.title,
    productId: item.product_id,
    quantity: item.quantity,
    unitPriceVnd: item.unit_price_vnd,
    fulfilment: fulfilmentOf(item.fulfilment),
  }))

  return {
    id: order.id,
    displayId: order.display_id,
    status: order.status,
    createdAt: order.created_at,
    email: order.email ?? null,
    totalVnd:
      order.total_vnd ?? items.reduce((sum, item) => sum + item.unitPriceVnd * item.quantity, 0),
    payment: order.payment
      ? {
          provider: order.payment.provider,
          status: order.payment.status,
          receivedAt: order.payment.received_at ?? null,
          collectable:
            /cod|vietqr/i.test(order.payment.provider) && order.payment.status === 'awaiting',
        }
      : null,
    address: address
      ? {
          name: [address.last_name, address.first_name].filter(Boolean).join(' '),
          phone: address.phone ?? null,
          lines: [
            address.address_1,
            address.address_2,
            [address.city, address.province].filter(Boolean).join(', '),
            address.postal_code,
          ].filter((line): line is string => Boolean(line)),
        }
      : null,
    shippingMethod: order.shipping_method ?? null,
    items,
  }
}

/** A session's guest list in the portal's shape. */
export function mapGuests(answer: z.infer<typeof VendorGuestList>): {
  session: PortalSession
  guests: PortalGuest[]
} {
  return {
    session: mapSession(answer.session),
    guests: answer.guests.map((guest) => ({
      bookingId: guest.booking_id,
      name: guest.customer_name ?? null,
      email: guest.email ?? null,
      phone: guest.phone ?? null,
      seats: guest.seats,
      participants: guest.participants ?? [],
      status: guest.status,
      checkedInAt: guest.checked_in_at ?? null,
      orderDisplayId: guest.order_display_id ?? null,
    })),
  }
}
