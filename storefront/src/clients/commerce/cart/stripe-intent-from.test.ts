import { describe, expect, it } from 'vitest'
import { stripeIntentFrom } from './stripe-intent-from'

describe('stripeIntentFrom', () => {
  it('shows the cart total in đồng, as Stripe charges it (VND has no minor unit)', () => {
    expect(
      stripeIntentFrom(
        { id: 'pi_1', client_secret: 'pi_1_secret_x', amount: 265000, currency: 'vnd' },
        265000,
      ),
    ).toEqual({ clientSecret: 'pi_1_secret_x', amountVnd: 265000 })
  })

  it('refuses an intent whose amount was multiplied by 100', () => {
    expect(() =>
      stripeIntentFrom({ client_secret: 's', amount: 26500000, currency: 'vnd' }, 265000),
    ).toThrow('amount 26500000 is not the cart total 265000')
  })

  it('refuses another currency and a session without client secret', () => {
    expect(() => stripeIntentFrom({ client_secret: 's', currency: 'usd' }, 1)).toThrow('usd')
    expect(() => stripeIntentFrom({ amount: 1 }, 1)).toThrow('client_secret')
  })
})
