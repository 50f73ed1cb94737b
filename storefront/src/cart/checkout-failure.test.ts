import { describe, expect, it } from 'vitest'
import { checkoutFailureOf, isCheckoutFailure } from './checkout-failure'

describe('checkoutFailureOf', () => {
  it("names commerce's seat and stock refusals, and nothing else", () => {
    expect(checkoutFailureOf('Sold out: no seats left in session exses_1')).toBe('sold_out')
    expect(checkoutFailureOf('Only 3 seats left in session exses_1')).toBe('seats_short')
    expect(checkoutFailureOf('Not enough stock: only 2 of Mật ong left')).toBe('out_of_stock')
    expect(checkoutFailureOf('Session exses_1 is not open for booking')).toBe('session_closed')
    expect(checkoutFailureOf('Payment was declined')).toBe('other')
  })

  it('accepts only its own codes back from a query string', () => {
    expect(isCheckoutFailure('sold_out')).toBe(true)
    expect(isCheckoutFailure('bad_request')).toBe(false)
  })
})
