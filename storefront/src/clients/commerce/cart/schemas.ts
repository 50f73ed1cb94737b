import { z } from 'zod'

const nullableString = z.string().nullish()
const amount = z.union([z.number(), z.string()]).transform(Number).nullish()

const MedusaLineItem = z.looseObject({
  id: z.string(),
  title: nullableString,
  product_title: nullableString,
  variant_title: nullableString,
  product_handle: nullableString,
  thumbnail: nullableString,
  variant_id: nullableString,
  quantity: z.number(),
  unit_price: amount,
  total: amount,
  subtotal: amount,
  metadata: z.record(z.string(), z.unknown()).nullish(),
})

/** Medusa's store cart (only the fields the site uses). */
export const MedusaCart = z.looseObject({
  id: z.string(),
  email: nullableString,
  region_id: nullableString,
  currency_code: nullableString,
  items: z.array(MedusaLineItem).nullish(),
  item_subtotal: amount,
  subtotal: amount,
  shipping_total: amount,
  discount_total: amount,
  total: amount,
  shipping_methods: z
    .array(z.looseObject({ shipping_option_id: nullableString, amount }))
    .nullish(),
  promotions: z.array(z.looseObject({ code: nullableString })).nullish(),
  shipping_address: z
    .looseObject({
      first_name: nullableString,
      last_name: nullableString,
      address_1: nullableString,
      city: nullableString,
      province: nullableString,
      phone: nullableString,
    })
    .nullish(),
  payment_collection: z.looseObject({ id: z.string() }).nullish(),
})
export type MedusaCart = z.infer<typeof MedusaCart>

/** `{ cart }` answers. */
export const MedusaCartAnswer = z.looseObject({ cart: MedusaCart })

/** `GET /store/shipping-options?cart_id=`. */
export const MedusaShippingOptions = z.looseObject({
  shipping_options: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      amount,
      calculated_price: z.looseObject({ calculated_amount: amount }).nullish(),
    }),
  ),
})

/** `GET /store/payment-providers?region_id=`. */
export const MedusaPaymentProviders = z.looseObject({
  payment_providers: z.array(z.looseObject({ id: z.string() })),
})

/** `POST /store/payment-collections` and its payment sessions. */
export const MedusaPaymentCollectionAnswer = z.looseObject({
  payment_collection: z.looseObject({
    id: z.string(),
    amount,
    payment_sessions: z
      .array(
        z.looseObject({
          id: z.string(),
          provider_id: z.string(),
          data: z.record(z.string(), z.unknown()).nullish(),
        }),
      )
      .nullish(),
  }),
})

/** Medusa's store order. */
export const MedusaOrder = z.looseObject({
  id: z.string(),
  display_id: z.union([z.number(), z.string()]).nullish(),
  email: nullableString,
  currency_code: nullableString,
  total: amount,
  subtotal: amount,
  shipping_total: amount,
  items: z.array(MedusaLineItem).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  payment_collections: z
    .array(
      z.looseObject({
        payment_sessions: z
          .array(
            z.looseObject({
              provider_id: z.string(),
              data: z.record(z.string(), z.unknown()).nullish(),
            }),
          )
          .nullish(),
        payments: z
          .array(
            z.looseObject({
              provider_id: z.string(),
              data: z.record(z.string(), z.unknown()).nullish(),
            }),
          )
          .nullish(),
      }),
    )
    .nullish(),
})
export type MedusaOrder = z.infer<typeof MedusaOrder>

/** `POST /store/carts/:id/complete`: an order, or the cart back with an error. */
export const MedusaCompleteAnswer = z.union([
  z.looseObject({ type: z.literal('order'), order: MedusaOrder }),
  z.looseObject({
    type: z.literal('cart'),
    cart: MedusaCart,
    error: z.looseObject({ message: nullableString }).nullish(),
  }),
])

/** `GET /store/orders/:id`. */
export const MedusaOrderAnswer = z.looseObject({ order: MedusaOrder })

/** Tickets of a checkout's bookings (commerce's booking module). */
export const HoaBanTickets = z.looseObject({
  tickets: z.array(
    z.looseObject({
      id: nullableString,
      booking_id: nullableString,
      session_id: nullableString,
      code: nullableString,
      qr_payload: nullableString,
      product_title: z
        .union([z.string(), z.looseObject({ vi: nullableString, en: nullableString })])
        .nullish(),
      starts_at: nullableString,
      participants: z.number().nullish(),
      seats: z.number().nullish(),
      meeting_point: z.union([z.string(), z.looseObject({ name: nullableString })]).nullish(),
      status: z.enum(['confirmed', 'cancelled']).nullish(),
      cancellation: z
        .looseObject({
          cancellable: z.boolean(),
          window: z.enum(['free', 'late', 'started', 'session_cancelled']),
          paid_vnd: z.number(),
          refund_vnd: z.number(),
          free_until: nullableString,
        })
        .nullish(),
    }),
  ),
})

/** Answer of `POST /store/hoaban/bookings/:id/cancel`. */
export const HoaBanBookingCancellation = z.looseObject({
  cancellation: z.looseObject({
    booking_id: z.string(),
    refund_vnd: z.number(),
    refunded_vnd: z.number(),
    window: z.enum(['free', 'late', 'started', 'session_cancelled']),
  }),
})
