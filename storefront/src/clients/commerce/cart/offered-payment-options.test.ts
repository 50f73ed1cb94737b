import { describe, expect, it } from 'vitest'
import { offeredPaymentOptions } from './offered-payment-options'

const providers = ['pp_cod_cod', 'pp_vietqr_vietqr', 'pp_stripe_stripe']

describe('offeredPaymentOptions', () => {
  it('offers card when commerce has Stripe and the site has a publishable key', () => {
    expect(offeredPaymentOptions(providers, { cardEnabled: true })).toEqual([
      { method: 'cod', providerId: 'pp_cod_cod' },
      { method: 'vietqr', providerId: 'pp_vietqr_vietqr' },
      { method: 'card', providerId: 'pp_stripe_stripe' },
    ])
  })

  it('leaves card out without the publishable key', () => {
    expect(
      offeredPaymentOptions(providers, { cardEnabled: false }).map((option) => option.method),
    ).toEqual(['cod', 'vietqr'])
  })

  it('leaves card out when commerce does not offer Stripe (no STRIPE_API_KEY there)', () => {
    expect(
      offeredPaymentOptions(['pp_cod_cod', 'pp_vietqr_vietqr'], { cardEnabled: true }).map(
        (option) => option.method,
      ),
    ).toEqual(['cod', 'vietqr'])
  })

  it('skips unknown providers and keeps one provider per method', () => {
    expect(
      offeredPaymentOptions(['pp_paypal_paypal', 'pp_system_default', 'pp_cod_cod'], {
        cardEnabled: true,
      }),
    ).toEqual([{ method: 'cod', providerId: 'pp_system_default' }])
  })
})
