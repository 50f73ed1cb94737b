import { z } from 'zod'

// Shapes of commerce's vendor API (/vendor/*, /auth/cooperative_member/*, /hoaban/portal/*).
// Fields commerce may still be adding are nullish so a partly deployed API still parses.

const isoDate = z.string().min(10)
const text = z.string().nullish()

/** An OCOP certificate as the vendor API sends it. */
export const VendorCertificate = z.object({
  stars: z.number().int(),
  certificate_number: z.string(),
  decision_number: text,
  issuing_level: z.string(),
  product_group: z.string(),
  issued_at: isoDate,
  expires_at: isoDate,
  days_left: z.number().nullish(),
  warning: z.enum(['expiring', 'expired']).nullish(),
})

/** The approval a product waits for, or was refused. */
export const VendorApproval = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.string(),
  reason: text,
  created_at: z.string(),
})

/** One product of the member's cooperative. */
export const VendorProduct = z.object({
  id: z.string(),
  handle: z.string(),
  title: z.string(),
  title_en: text,
  subtitle: text,
  description: text,
  description_en: text,
  status: z.string(),
  thumbnail: text,
  images: z.array(z.object({ id: z.string(), url: z.string() })).nullish(),
  approval: VendorApproval.nullish(),
  certificate: VendorCertificate.nullish(),
  pending_certificate: VendorCertificate.nullish(),
  variants: z.array(
    z.object({
      id: z.string(),
      title: z.string().nullish(),
      sku: text,
      price_vnd: z.number().nullish(),
      stocked_quantity: z.number().nullish(),
      reserved_quantity: z.number().nullish(),
    }),
  ),
  updated_at: z.string(),
})

export const VendorProductList = z.object({ products: z.array(VendorProduct), count: z.number() })
export const VendorProductAnswer = z.object({ product: VendorProduct })

/** The signed-in member and their cooperative. */
export const VendorMe = z.object({
  member: z.object({ id: z.string(), email: z.string(), name: text }),
  cooperative: z.object({
    id: z.string(),
    handle: z.string(),
    name_vi: z.string(),
    name_en: text,
    kind: text,
    tenant_slug: z.string(),
  }),
})

/** A session of one of the cooperative's experiences. */
export const VendorSession = z.object({
  id: z.string(),
  product_id: z.string(),
  product_title: text,
  starts_at: z.string(),
  ends_at: z.string(),
  local: z.object({ date: z.string(), time: z.string() }),
  capacity: z.number(),
  seats_taken: z.number(),
  seats_left: z.number().nullish(),
  status: z.string(),
  language: text,
  meeting_point: text,
})

export const VendorSessionList = z.object({ sessions: z.array(VendorSession) })
export const VendorSessionAnswer = z.object({ session: VendorSession })

/** The first screen's counts and lists. */
export const VendorDashboard = z.object({
  orders_to_ship: z.number(),
  payments_to_collect: z.number(),
  sessions_next_7_days: z.array(VendorSession),
  certificates_expiring: z.array(
    z.object({
      product_id: z.string(),
      product_title: z.string(),
      certificate_number: z.string(),
      expires_at: z.string(),
      days_left: z.number(),
    }),
  ),
  pending_approvals: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      product_id: z.string(),
      product_title: z.string(),
      created_at: z.string(),
    }),
  ),
})

/** An order holding the cooperative's products, with only its own lines. */
export const VendorOrder = z.object({
  id: z.string(),
  display_id: z.number(),
  status: z.string(),
  created_at: z.string(),
  email: text,
  total_vnd: z.number().nullish(),
  payment: z
    .object({
      provider: z.string(),
      status: z.string(),
      received_at: text,
    })
    .nullish(),
  shipping_address: z
    .object({
      first_name: text,
      last_name: text,
      phone: text,
      address_1: text,
      address_2: text,
      city: text,
      province: text,
      postal_code: text,
      country_code: text,
    })
    .nullish(),
  shipping_method: text,
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      product_id: z.string(),
      variant_id: text,
      quantity: z.number(),
      unit_price_vnd: z.number(),
      fulfilment: z.string().nullish(),
    }),
  ),
})

export const VendorOrderList = z.object({ orders: z.array(VendorOrder), count: z.number() })
export const VendorOrderAnswer = z.object({ order: VendorOrder })

export const VendorExperienceList = z.object({
  experiences: z.array(z.object({ id: z.string(), title: z.string(), handle: z.string() })),
})

export const VendorGuestList = z.object({
  session: VendorSession,
  guests: z.array(
    z.object({
      booking_id: z.string(),
      customer_name: text,
      email: text,
      phone: text,
      seats: z.number(),
      participants: z.array(z.object({ title: z.string(), quantity: z.number() })).nullish(),
      status: z.string(),
      checked_in_at: text,
      order_display_id: z.number().nullish(),
    }),
  ),
})

export const VendorCheckIn = z.object({
  checked_in: z.boolean(),
  booking_id: z.string(),
  session_id: z.string(),
  seats: z.number(),
})

export const TokenAnswer = z.object({ token: z.string().min(1) })

export const InviteAnswer = z.object({
  email: z.string(),
  cooperative: z.object({ name_vi: z.string(), name_en: text }),
})

export const CreatedAnswer = z.object({ created: z.number() })

/** Medusa's error body: `{type, message}`, the message naming the field first. */
export const ErrorBody = z.object({ type: z.string().optional(), message: z.string() })
