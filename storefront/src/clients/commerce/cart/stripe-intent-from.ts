import { StorefrontError } from '@/lib/errors'

/** What the card form needs from a Stripe payment session. */
export interface StripeIntent {
  clientSecret: string
  /** What the buyer is charged, in whole đồng. */
  amountVnd: number
}

/**
 * Reads the PaymentIntent commerce's Stripe provider stored in the payment session. The đồng
 * has no minor unit, so Stripe's `amount` is whole đồng and must equal the cart total as it is
 * (not × 100); anything else means the intent is stale or wrong and is refused.
 */
export function stripeIntentFrom(
  data: Record<string, unknown> | null | undefined,
  cartTotalVnd: number,
): StripeIntent {
  const clientSecret = data?.client_secret
  if (typeof clientSecret !== 'string' || clientSecret === '') {
    throw new StorefrontError('upstream_invalid', 'payment session: no Stripe client_secret')
  }
  const currency = typeof data?.currency === 'string' ? data.currency.toLowerCase() : null
  if (currency !== null && currency !== 'vnd') {
    throw new StorefrontError('upstream_invalid', `payment session: currency ${currency}, not vnd`)
  }
  if (typeof data?.amount === 'number' && data.amount !== cartTotalVnd) {
    throw new StorefrontError(
      'upstream_invalid',
      `payment session: amount ${data.amount} is not the cart total ${cartTotalVnd} đồng`,
    )
  }

  return { clientSecret, amountVnd: cartTotalVnd }
}
