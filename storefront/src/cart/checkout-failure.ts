/** Why an order could not be placed, as the buyer is told it (a closed set). */
export type CheckoutFailure =
  'sold_out' | 'seats_short' | 'out_of_stock' | 'session_closed' | 'other'

/**
 * Reads commerce's refusal of a cart completion (its message, English, for operators) into the
 * reason the checkout page explains in the buyer's language. Unknown refusals are `other`.
 */
export function checkoutFailureOf(message: string): CheckoutFailure {
  if (/Sold out: no seats left/i.test(message)) return 'sold_out'
  if (/\bOnly \d+ seats left/i.test(message)) return 'seats_short'
  if (/\b(Out of stock|Not enough stock)\b/i.test(message)) return 'out_of_stock'
  if (/is not open for booking/i.test(message)) return 'session_closed'

  return 'other'
}

/** True for a value of the closed set, e.g. read back from the page's query string. */
export function isCheckoutFailure(value: unknown): value is CheckoutFailure {
  return (
    value === 'sold_out' ||
    value === 'seats_short' ||
    value === 'out_of_stock' ||
    value === 'session_closed' ||
    value === 'other'
  )
}
