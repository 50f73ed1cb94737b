'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { cancelBooking } from '@/clients/commerce/cart/cancel-booking'
import { localePath } from '@/i18n/locales'
import { toStorefrontError } from '@/lib/errors'
import { logger } from '@/lib/logger'
import { currentTenant } from '@/tenants/current-tenant'

const CancelInput = z.object({
  locale: z.enum(['vi', 'en']).catch('vi'),
  orderId: z.string().min(1, 'orderId'),
  cartId: z.string().min(1, 'cartId').optional(),
  bookingId: z.string().min(1, 'bookingId'),
  code: z.string().min(1, 'code'),
  expectedRefundVnd: z.coerce.number().int('expectedRefundVnd').min(0, 'expectedRefundVnd'),
})

/**
 * Cancels one booking from the order confirmation, with the ticket code the page shows and the
 * refund it told the buyer. Back on the confirmation with `cancelled=<booking>&refund=<đồng
 * refunded>` on success, or `cancel_refused=<booking>` when commerce refused (session started,
 * already cancelled, a forged code, or a refund smaller by now than the one shown).
 */
export async function cancelBookingAction(form: FormData): Promise<void> {
  const values = Object.fromEntries(
    [...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  )
  const input = CancelInput.parse(values)
  const page = localePath(input.locale, `/order/${encodeURIComponent(input.orderId)}`)
  const back = (outcome: Record<string, string>) => {
    const query = new URLSearchParams({
      ...(input.cartId ? { cart: input.cartId } : {}),
      ...outcome,
    })

    return `${page}?${query.toString()}`
  }
  const resolved = await currentTenant(input.locale)
  if (resolved.status === 'unknown') throw new Error('tenant unavailable')

  let outcome: Record<string, string>
  try {
    const done = await cancelBooking(resolved.tenant, input)
    outcome = { cancelled: done.bookingId, refund: String(done.refundedVnd) }
    logger.info(
      { tenant: resolved.tenant.slug, booking: done.bookingId, refunded: done.refundedVnd },
      'booking cancelled by its buyer',
    )
  } catch (error) {
    const failure = toStorefrontError(error)
    if (failure.code !== 'bad_request') throw failure
    logger.info(
      { tenant: resolved.tenant.slug, booking: input.bookingId, reason: failure.message },
      'booking cancellation refused',
    )
    outcome = { cancel_refused: input.bookingId }
  }

  redirect(back(outcome))
}
