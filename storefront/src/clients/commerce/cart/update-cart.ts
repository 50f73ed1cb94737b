import type { Cart } from '@/domain/cart'
import type { Tenant } from '@/domain/types'
import { storeRequest } from '../commerce-request'
import { mapCart } from './map-cart'
import { MedusaCartAnswer } from './schemas'

/** The buyer's contact and delivery address, as the checkout form collects them. */
export interface CheckoutContact {
  email: string
  firstName: string
  lastName: string
  phone: string
  address: string
  province: string
  city: string
}

/** Sets the buyer's email and delivery address on the cart. */
export async function setCartContact(
  tenant: Tenant,
  cartId: string,
  contact: CheckoutContact,
): Promise<Cart> {
  const address = {
    first_name: contact.firstName,
    last_name: contact.lastName,
    phone: contact.phone,
    address_1: contact.address,
    province: contact.province,
    city: contact.city,
    country_code: 'vn',
  }
  const answer = await storeRequest(
    tenant,
    `/store/carts/${encodeURIComponent(cartId)}`,
    MedusaCartAnswer,
    {
      method: 'POST',
      body: { email: contact.email, shipping_address: address, billing_address: address },
    },
  )

  return mapCart(answer.cart)
}

/** Applies a promotion code (Medusa's promotions module); unknown codes are a bad request. */
export async function applyPromotion(tenant: Tenant, cartId: string, code: string): Promise<Cart> {
  const answer = await storeRequest(
    tenant,
    `/store/carts/${encodeURIComponent(cartId)}/promotions`,
    MedusaCartAnswer,
    {
      method: 'POST',
      body: { promo_codes: [code] },
    },
  )

  return mapCart(answer.cart)
}
