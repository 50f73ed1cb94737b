import type { Cart } from '@/domain/cart'
import type { Tenant } from '@/domain/types'
import { StorefrontError } from '@/lib/errors'
import { storeRequest } from '../commerce-request'
import { findVndRegion } from '../find-vnd-region'
import { mapCart } from './map-cart'
import { MedusaCartAnswer } from './schemas'

/** A cart by id; null when commerce no longer has it (completed or unknown). */
export async function getCart(tenant: Tenant, cartId: string): Promise<Cart | null> {
  try {
    const answer = await storeRequest(
      tenant,
      `/store/carts/${encodeURIComponent(cartId)}`,
      MedusaCartAnswer,
    )

    return mapCart(answer.cart)
  } catch (error) {
    if (error instanceof StorefrontError && error.code === 'not_found') return null
    throw error
  }
}

/** A new empty cart in the tenant's VND region (the publishable key sets the sales channel). */
export async function createCart(tenant: Tenant): Promise<Cart> {
  const region = await findVndRegion(tenant)
  const answer = await storeRequest(tenant, '/store/carts', MedusaCartAnswer, {
    method: 'POST',
    body: {
      ...(region ? { region_id: region.id } : {}),
      ...(tenant.commerce.salesChannelId
        ? { sales_channel_id: tenant.commerce.salesChannelId }
        : {}),
    },
  })

  return mapCart(answer.cart)
}
