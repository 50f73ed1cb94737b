import { describe, expect, it } from 'vitest'
import { mapOrder, paymentMethodOf } from './map-cart'
import { MedusaOrder } from './schemas'

describe('paymentMethodOf', () => {
  it("recognises commerce's providers", () => {
    expect(paymentMethodOf('pp_cod_cod')).toBe('cod')
    expect(paymentMethodOf('pp_vietqr_vietqr')).toBe('vietqr')
    expect(paymentMethodOf('pp_stripe_stripe')).toBe('card')
    expect(paymentMethodOf('pp_system_default')).toBe('cod')
    expect(paymentMethodOf('pp_paypal_paypal')).toBeNull()
  })
})

describe('mapOrder', () => {
  const order = MedusaOrder.parse({
    id: 'order_1',
    display_id: 12,
    email: 'an@example.com',
    total: 480000,
    shipping_total: 30000,
    items: [
      {
        id: 'li_1',
        product_title: 'Cà phê',
        product_handle: 'ca-phe',
        quantity: 2,
        unit_price: 225000,
        total: 450000,
        metadata: { session_id: 'ses_1' },
      },
    ],
    payment_collections: [
      {
        payments: [
          {
            provider_id: 'pp_vietqr_vietqr',
            data: {
              qr_payload: '000201...6304ABCD',
              reference: 'HB123',
              amount_vnd: 480000,
              bank_bin: '970436',
              account_number: '0011',
              account_name: 'HOA BAN',
            },
          },
        ],
      },
    ],
  })

  it('keeps whole đồng and the booking session of each line', () => {
    const mapped = mapOrder(order)
    expect(mapped).toMatchObject({ displayId: '12', totalVnd: 480000, shippingVnd: 30000 })
    expect(mapped.lines[0]).toMatchObject({ totalVnd: 450000, sessionId: 'ses_1', quantity: 2 })
  })

  it('reads the VietQR payload, amount, reference and account from the payment', () => {
    expect(mapOrder(order).vietqr).toEqual({
      payload: '000201...6304ABCD',
      amountVnd: 480000,
      reference: 'HB123',
      bank: '970436',
      account: '0011',
      accountName: 'HOA BAN',
    })
  })
})
