import type { TicketCancellation } from '@/domain/cart'
import type { Locale } from '@/domain/types'
import { fill, type Messages } from '@/i18n/messages'
import { formatDateTime } from './format-date'
import { formatVnd } from './format-vnd'

/**
 * What the buyer reads before confirming a cancellation: when free cancellation ends (inside
 * the free window) and what cancelling now refunds; for an unpaid order, that nothing is.
 */
export function cancellationNotice(
  quote: TicketCancellation,
  options: { unpaid: boolean; locale: Locale; t: Messages['bookingCancel'] },
): { freeUntil: string | null; refund: string } {
  const { t } = options
  const until = quote.freeUntil ? formatDateTime(quote.freeUntil, options.locale) : null
  const refund = options.unpaid
    ? t.unpaid
    : quote.window === 'free'
      ? fill(t.refundFull, { refund: formatVnd(quote.refundVnd) })
      : fill(t.refundLate, {
          refund: formatVnd(quote.refundVnd),
          paid: formatVnd(quote.paidVnd),
          date: until ?? '',
        })

  return {
    freeUntil: quote.window === 'free' && until ? fill(t.freeUntil, { date: until }) : null,
    refund,
  }
}
