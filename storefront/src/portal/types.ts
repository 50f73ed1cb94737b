// The portal's own types. The vendor client turns commerce's answers into these; portal
// components see only these.

/** The signed-in member and the cooperative they work for. */
export interface PortalMember {
  id: string
  email: string
  name: string | null
  cooperative: {
    id: string
    handle: string
    nameVi: string
    nameEn: string | null
    kind: string | null
    tenantSlug: string
  }
}

/** An OCOP certificate with its expiry and warning (from 90 days before expiry). */
export interface PortalCertificate {
  stars: number
  certificateNumber: string
  decisionNumber: string | null
  issuingLevel: string
  productGroup: string
  issuedAt: string
  expiresAt: string
  daysLeft: number | null
  warning: 'expiring' | 'expired' | null
}

/** Where a product stands on its way to the shop. */
export type PortalProductState =
  | { kind: 'live' }
  | { kind: 'awaiting_approval' }
  | { kind: 'rejected'; reason: string | null }
  | { kind: 'draft' }

/** One product of the member's cooperative. */
export interface PortalProduct {
  id: string
  handle: string
  title: string
  titleEn: string | null
  subtitle: string | null
  description: string | null
  descriptionEn: string | null
  status: string
  state: PortalProductState
  thumbnail: string | null
  images: { id: string; url: string }[]
  approval: {
    id: string
    kind: string
    status: string
    reason: string | null
    createdAt: string
  } | null
  certificate: PortalCertificate | null
  pendingCertificate: PortalCertificate | null
  variants: {
    id: string
    title: string
    sku: string | null
    priceVnd: number | null
    stock: number
    reserved: number
  }[]
  updatedAt: string
}

/** A session of one of the cooperative's experiences, with its Vietnam local date and time. */
export interface PortalSession {
  id: string
  productId: string
  productTitle: string | null
  startsAt: string
  endsAt: string
  localDate: string
  localTime: string
  capacity: number
  seatsTaken: number
  seatsLeft: number
  cancelled: boolean
  language: string | null
  meetingPoint: string | null
}

/** What needs doing, for the first screen. */
export interface PortalDashboard {
  ordersToShip: number
  paymentsToCollect: number
  sessionsNext7Days: PortalSession[]
  certificatesExpiring: {
    productId: string
    productTitle: string
    certificateNumber: string
    expiresAt: string
    daysLeft: number
  }[]
  pendingApprovals: {
    id: string
    kind: string
    productId: string
    productTitle: string
    createdAt: string
  }[]
}

/** How far one order line has gone. */
export type PortalFulfilment = 'unfulfilled' | 'shipped' | 'ready_for_pickup'

/** An order with only the cooperative's own lines. */
export interface PortalOrder {
  id: string
  displayId: number
  status: string
  createdAt: string
  email: string | null
  totalVnd: number
  payment: {
    provider: string
    status: string
    receivedAt: string | null
    /** Cash on delivery and VietQR are marked received by hand; cards are captured online. */
    collectable: boolean
  } | null
  address: {
    name: string
    phone: string | null
    lines: string[]
  } | null
  shippingMethod: string | null
  items: {
    id: string
    title: string
    productId: string
    quantity: number
    unitPriceVnd: number
    fulfilment: PortalFulfilment
  }[]
}

/** An experience product the cooperative runs. */
export interface PortalExperience {
  id: string
  title: string
  handle: string
}

/** One booking on a session's guest list. */
export interface PortalGuest {
  bookingId: string
  name: string | null
  email: string | null
  phone: string | null
  seats: number
  participants: { title: string; quantity: number }[]
  status: string
  checkedInAt: string | null
  orderDisplayId: number | null
}

/** What a scan or a typed code came to. */
export type CheckInOutcome =
  | { kind: 'checked_in'; seats: number; sessionId: string }
  | { kind: 'already_used' }
  | { kind: 'not_yours' }
  | { kind: 'invalid' }
  | { kind: 'cancelled' }
