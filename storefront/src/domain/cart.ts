// The site's own cart, checkout and order types.

/** One line of a cart or order. */
export interface CartLine {
  id: string
  title: string
  variantTitle: string | null
  productHandle: string | null
  thumbnail: string | null
  quantity: number
  unitPriceVnd: number
  totalVnd: number
  sessionId: string | null
}

/** A cart with its totals in đồng. */
export interface Cart {
  id: string
  email: string | null
  regionId: string | null
  lines: CartLine[]
  subtotalVnd: number
  shippingVnd: number
  discountVnd: number
  totalVnd: number
  promoCodes: string[]
  shippingOptionId: string | null
}

/** A delivery method offered for a cart. */
export interface ShippingOption {
  id: string
  name: string
  amountVnd: number
}

/** How a buyer can pay. */
export type PaymentMethod = 'cod' | 'vietqr' | 'card'

/** A payment method offered in the cart's region, with the commerce provider behind it. */
export interface PaymentOption {
  method: PaymentMethod
  providerId: string
}

/** What the buyer needs to pay by VietQR: the QR payload, amount and transfer reference. */
export interface VietQrInstructions {
  payload: string | null
  amountVnd: number
  reference: string
  bank: string | null
  account: string | null
  accountName: string | null
}

/** What cancelling a booking now would give back, by the experience's policy. */
export interface TicketCancellation {
  cancellable: boolean
  window: 'free' | 'late' | 'started' | 'session_cancelled'
  paidVnd: number
  refundVnd: number
  /** The last instant a cancellation refunds in full (ISO). */
  freeUntil: string | null
}

/** A booking ticket with its QR code payload. */
export interface Ticket {
  id: string
  sessionId: string | null
  code: string
  title: string | null
  startsAt: string | null
  participants: number | null
  meetingPoint: string | null
  status: 'confirmed' | 'cancelled' | null
  cancellation: TicketCancellation | null
}

/** A placed order as the confirmation page shows it. */
export interface Order {
  id: string
  displayId: string
  email: string | null
  totalVnd: number
  shippingVnd: number
  lines: CartLine[]
  paymentMethod: PaymentMethod | null
  vietqr: VietQrInstructions | null
}
