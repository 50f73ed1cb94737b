import { cancelBookingAction } from '@/cart/cancel-booking-action'
import type { Ticket } from '@/domain/cart'
import type { Locale } from '@/domain/types'
import { cancellationNotice } from '@/format/cancellation-notice'
import type { Messages } from '@/i18n/messages'

/**
 * A ticket's cancellation: the refund the experience's policy gives now, behind a "Cancel this
 * booking" disclosure with the confirming button, so the buyer reads the amount first. Says so
 * when the booking is cancelled or the session has started.
 */
export function CancelBookingForm(props: {
  ticket: Ticket
  orderId: string
  cartId: string | null
  unpaid: boolean
  locale: Locale
  t: Messages['bookingCancel']
}) {
  const { ticket, t } = props
  const quote = ticket.cancellation
  if (ticket.status === 'cancelled') {
    return (
      <p className="notice notice--info" data-testid="booking-cancelled">
        {t.cancelled}
      </p>
    )
  }
  if (!quote) return null
  if (!quote.cancellable) {
    return quote.window === 'started' ? <p data-testid="booking-started">{t.started}</p> : null
  }
  const notice = cancellationNotice(quote, { unpaid: props.unpaid, locale: props.locale, t })

  return (
    <details className="booking-cancel" data-testid="booking-cancel">
      <summary>{t.open}</summary>
      <form action={cancelBookingAction}>
        {notice.freeUntil ? <p>{notice.freeUntil}</p> : null}
        <p data-testid="booking-cancel-refund">{notice.refund}</p>
        <input type="hidden" name="locale" value={props.locale} />
        <input type="hidden" name="orderId" value={props.orderId} />
        {props.cartId ? <input type="hidden" name="cartId" value={props.cartId} /> : null}
        <input type="hidden" name="bookingId" value={ticket.id} />
        <input type="hidden" name="code" value={ticket.code} />
        <input type="hidden" name="expectedRefundVnd" value={props.unpaid ? 0 : quote.refundVnd} />
        <button type="submit" className="button button--ghost">
          {t.confirm}
        </button>
      </form>
    </details>
  )
}
