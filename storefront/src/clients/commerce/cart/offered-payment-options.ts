import type { PaymentOption } from '@/domain/cart'
import { paymentMethodOf } from './map-cart'

/**
 * The payment methods this site offers for a region's providers, one per method: cash on
 * delivery, VietQR, and card only when commerce offers Stripe and the site has Stripe's
 * publishable key (without it the Payment Element cannot confirm the payment).
 */
export function offeredPaymentOptions(
  providerIds: readonly string[],
  { cardEnabled }: { cardEnabled: boolean },
): PaymentOption[] {
  const options: PaymentOption[] = []
  for (const providerId of providerIds) {
    const method = paymentMethodOf(providerId)
    if (!method || (method === 'card' && !cardEnabled)) continue
    if (!options.some((option) => option.method === method)) options.push({ method, providerId })
  }

  return options
}
