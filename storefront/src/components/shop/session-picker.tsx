import type { ExperienceSession } from '@/clients/commerce/list-sessions'
import { addToCart } from '@/cart/cart-actions'
import type { Locale, Product } from '@/domain/types'
import { formatDateTime } from '@/format/format-date'
import { formatVnd } from '@/format/format-vnd'
import { fill, type Messages } from '@/i18n/messages'

/** Pick a session (seats left shown), the number of participants, and add the booking to the cart. */
export function SessionPicker({
  product,
  sessions,
  locale,
  t,
}: {
  product: Product
  sessions: ExperienceSession[]
  locale: Locale
  t: Messages
}) {
  const fallbackVariant = product.variants[0]?.id ?? ''
  const open = sessions.filter((session) => session.seatsLeft === null || session.seatsLeft > 0)
  if (sessions.length === 0 || !fallbackVariant)
    return <p className="notice notice--info">{t.experiences.noSessions}</p>
  const maxSeats = Math.max(1, ...open.map((session) => session.seatsLeft ?? 20))

  return (
    <form action={addToCart} className="buy-form" data-testid="session-picker">
      <input type="hidden" name="locale" value={locale} />
      <fieldset>
        <legend>{t.experiences.chooseSession}</legend>
        {sessions.map((session, index) => {
          const full = session.seatsLeft !== null && session.seatsLeft <= 0

          return (
            <label key={session.id} className="radio" data-testid="session-option">
              <input
                type="radio"
                name="session"
                value={session.variantId ? `${session.id}::${session.variantId}` : session.id}
                disabled={full}
                defaultChecked={
                  index ===
                  sessions.findIndex((entry) => entry.seatsLeft === null || entry.seatsLeft > 0)
                }
                required
              />
              <span>
                {formatDateTime(session.startsAt, locale)}
                {session.language ? ` · ${session.language.toUpperCase()}` : ''}
                {' — '}
                {full
                  ? t.experiences.full
                  : session.seatsLeft !== null
                    ? fill(t.experiences.seatsLeft, { count: session.seatsLeft })
                    : ''}
                {session.meetingPoint ? (
                  <span className="muted"> · {session.meetingPoint}</span>
                ) : null}
              </span>
            </label>
          )
        })}
      </fieldset>
      {product.variants.length > 1 ? (
        <div>
          <label htmlFor="ticketType">{t.experiences.ticketType}</label>
          <select id="ticketType" name="variantId" defaultValue={fallbackVariant}>
            {product.variants.map((variant) => (
              <option key={variant.id} value={variant.id}>
                {variant.title}
                {variant.priceVnd !== null ? ` — ${formatVnd(variant.priceVnd)}` : ''}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <input type="hidden" name="variantId" value={fallbackVariant} />
      )}
      <div>
        <label htmlFor="participants">{t.experiences.participants}</label>
        <input
          id="participants"
          name="quantity"
          type="number"
          min={1}
          max={maxSeats}
          defaultValue={2}
          inputMode="numeric"
        />
      </div>
      <button type="submit" data-testid="book-session" disabled={open.length === 0}>
        {t.experiences.book}
      </button>
    </form>
  )
}
