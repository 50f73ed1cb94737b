import { describe, expect, it } from 'vitest'
import { isCollectedByCooperative, itemFulfilment, paymentProviderName } from './vendor-orders'

describe('paymentProviderName', () => {
  it('shortens Medusa provider ids and keeps unknown ones whole', () => {
    expect(paymentProviderName('pp_cod_cod')).toBe('cod')
    expect(paymentProviderName('pp_vietqr_vietqr')).toBe('vietqr')
    expect(paymentProviderName('pp_stripe_stripe')).toBe('stripe')
    expect(paymentProviderName('pp_barcode_pay')).toBe('pp_barcode_pay')
  })

  it('lets cooperatives collect cash and transfers only', () => {
    expect(isCollectedByCooperative('pp_cod_cod')).toBe(true)
    expect(isCollectedByCooperative('pp_vietqr_vietqr')).toBe(true)
    expect(isCollectedByCooperative('pp_stripe_stripe')).toBe(false)
  })
})

describe('itemFulfilment', () => {
  it('is shipped once every unit shipped, ready for pickup once every unit is packed', () => {
    expect(itemFulfilment({ quantity: 2, fulfilled: 0, shipped: 0 })).toBe('unfulfilled')
    expect(itemFulfilment({ quantity: 2, fulfilled: 1, shipped: 0 })).toBe('unfulfilled')
    expect(itemFulfilment({ quantity: 2, fulfilled: 2, shipped: 0 })).toBe('ready_for_pickup')
    expect(itemFulfilment({ quantity: 2, fulfilled: 2, shipped: 2 })).toBe('shipped')
  })
})
