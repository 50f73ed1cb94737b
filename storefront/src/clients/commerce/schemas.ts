import { z } from 'zod'

const localized = z.union([
  z.string().transform((text) => ({ vi: text, en: text })),
  z.looseObject({ vi: z.string().nullish(), en: z.string().nullish() }),
])
const nullableString = z.string().nullish()
const nullableNumber = z.number().nullish()
const imageEntry = z.union([z.string(), z.looseObject({ url: z.string() })])

/** Our own store shape, `GET /store/hoaban/products` (see the cross-service contract). */
export const HoaBanProduct = z.looseObject({
  id: z.string(),
  handle: z.string(),
  kind: z.enum(['product', 'experience']).catch('product'),
  title: localized,
  description: localized.nullish(),
  thumbnail: nullableString,
  images: z.array(imageEntry).nullish(),
  price_vnd: nullableNumber,
  variants: z
    .array(
      z.looseObject({
        id: z.string(),
        title: nullableString,
        price_vnd: nullableNumber,
        inventory_quantity: nullableNumber,
      }),
    )
    .nullish(),
  ocop: z
    .looseObject({
      stars: nullableNumber,
      status: z.string().catch('unknown'),
      group: nullableString,
      certificate_number: nullableString,
      issued_at: nullableString,
      expires_at: nullableString,
    })
    .nullish(),
  cooperative: z.looseObject({ handle: z.string(), name: localized }).nullish(),
  origin_place: z
    .looseObject({ commune: nullableString, lat: nullableNumber, lng: nullableNumber })
    .nullish(),
  tenant_slugs: z.array(z.string()).nullish(),
  updated_at: nullableString,
})
export type HoaBanProduct = z.infer<typeof HoaBanProduct>

/** `GET /store/hoaban/products`. */
export const HoaBanProductList = z.looseObject({
  products: z.array(HoaBanProduct),
  count: z.number().optional(),
})

/** `GET /store/hoaban/products/:handle`. */
export const HoaBanProductAnswer = z.looseObject({ product: HoaBanProduct })

/** Our cooperative shape, `GET /store/hoaban/cooperatives[/:handle]`. */
export const HoaBanCooperative = z.looseObject({
  handle: z.string(),
  name: localized,
  description: localized.nullish(),
  commune: nullableString,
  lat: nullableNumber,
  lng: nullableNumber,
  logo: nullableString,
  logo_url: nullableString,
  image: nullableString,
})
export type HoaBanCooperative = z.infer<typeof HoaBanCooperative>

/** `GET /store/hoaban/cooperatives`. */
export const HoaBanCooperativeList = z.looseObject({
  cooperatives: z.array(HoaBanCooperative),
  count: z.number().optional(),
})

/** `GET /store/hoaban/cooperatives/:handle`. */
export const HoaBanCooperativeAnswer = z.looseObject({ cooperative: HoaBanCooperative })

/** Medusa's standard `GET /store/products` with calculated prices (the fallback). */
export const MedusaProductList = z.looseObject({
  products: z.array(
    z.looseObject({
      id: z.string(),
      handle: z.string(),
      title: z.string(),
      description: nullableString,
      thumbnail: nullableString,
      images: z.array(z.looseObject({ url: z.string() })).nullish(),
      metadata: z.record(z.string(), z.unknown()).nullish(),
      updated_at: nullableString,
      variants: z
        .array(
          z.looseObject({
            id: z.string(),
            title: nullableString,
            inventory_quantity: nullableNumber,
            calculated_price: z
              .looseObject({ calculated_amount: nullableNumber, currency_code: nullableString })
              .nullish(),
          }),
        )
        .nullish(),
    }),
  ),
  count: z.number().optional(),
})
export type MedusaProductList = z.infer<typeof MedusaProductList>

/** Medusa's `GET /store/regions`. */
export const MedusaRegionList = z.looseObject({
  regions: z.array(
    z.looseObject({ id: z.string(), currency_code: z.string(), name: nullableString }),
  ),
})
