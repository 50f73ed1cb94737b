import { describe, expect, it } from 'vitest'
import { mapOrder, mapProduct, mapSession } from './map-vendor'
import { VendorOrder, VendorProduct, VendorSession } from './schemas'
import { splitFieldMessage } from './vendor-request'

const product = (overrides: Record<string, unknown>) =>
  VendorProduct.parse({
    id: 'prod_1',
    handle: 'mat-ong',
    title: 'Mật ong',
    status: 'draft',
    variants: [{ id: 'var_1', price_vnd: 150000, stocked_quantity: 7, reserved_quantity: 2 }],
    updated_at: '2026-12-01T00:00:00.000Z',
    ...overrides,
  })

describe('mapProduct', () => {
  it('calls a draft with a pending approval "awaiting approval"', () => {
    const mapped = mapProduct(
      product({
        approval: {
          id: 'apr_1',
          kind: 'new_product',
          status: 'pending',
          reason: null,
          created_at: '2026-12-01',
        },
      }),
    )
    expect(mapped.state).toEqual({ kind: 'awaiting_approval' })
    expect(mapped.variants[0]).toMatchObject({ priceVnd: 150000, stock: 7, reserved: 2 })
  })

  it('keeps the reason of a rejection', () => {
    const mapped = mapProduct(
      product({
        approval: {
          id: 'apr_1',
          kind: 'new_product',
          status: 'rejected',
          reason: 'Ảnh mờ',
          created_at: '2026-12-01',
        },
      }),
    )
    expect(mapped.state).toEqual({ kind: 'rejected', reason: 'Ảnh mờ' })
  })

  it('calls a published product live whatever its approval history', () => {
    expect(mapProduct(product({ status: 'published' })).state).toEqual({ kind: 'live' })
  })
})

describe('mapOrder', () => {
  const order = (payment: unknown) =>
    VendorOrder.parse({
      id: 'order_1',
      display_id: 12,
      status: 'pending',
      created_at: '2026-12-01T00:00:00Z',
      payment,
      shipping_address: {
        first_name: 'Lan',
        last_name: 'Nguyễn',
        phone: '0912345678',
        address_1: 'Số 1 đường 7/5',
        city: 'Điện Biên Phủ',
        province: 'Điện Biên',
      },
      items: [
        { id: 'li_1', title: 'Mật ong', product_id: 'prod_1', quantity: 2, unit_price_vnd: 150000 },
      ],
    })

  it('lets COD and VietQR payments be marked received while awaiting, not cards', () => {
    expect(mapOrder(order({ provider: 'pp_cod', status: 'awaiting' })).payment?.collectable).toBe(
      true,
    )
    expect(
      mapOrder(order({ provider: 'pp_vietqr_vietqr', status: 'received' })).payment?.collectable,
    ).toBe(false)
    expect(
      mapOrder(order({ provider: 'pp_stripe_stripe', status: 'awaiting' })).payment?.collectable,
    ).toBe(false)
  })

  it('writes the address as lines and totals its own lines when commerce sends no total', () => {
    const mapped = mapOrder(order(null))
    expect(mapped.address).toEqual({
      name: 'Nguyễn Lan',
      phone: '0912345678',
      lines: ['Số 1 đường 7/5', 'Điện Biên Phủ, Điện Biên'],
    })
    expect(mapped.totalVnd).toBe(300000)
    expect(mapped.items[0]?.fulfilment).toBe('unfulfilled')
  })
})

describe('mapSession', () => {
  it('never shows fewer than zero seats left', () => {
    const session = VendorSession.parse({
      id: 'sess_1',
      product_id: 'prod_x',
      starts_at: '2026-12-05T01:00:00Z',
      ends_at: '2026-12-05T03:00:00Z',
      local: { date: '2026-12-05', time: '08:00' },
      capacity: 10,
      seats_taken: 12,
      status: 'scheduled',
    })
    expect(mapSession(session)).toMatchObject({
      seatsLeft: 0,
      localTime: '08:00',
      cancelled: false,
    })
  })
})

describe('splitFieldMessage', () => {
  it('finds the field commerce names first', () => {
    expect(splitFieldMessage('price_vnd: must be at least 1000')).toEqual({
      field: 'price_vnd',
      detail: 'must be at least 1000',
    })
    expect(splitFieldMessage('certificate.stars: too many')).toEqual({
      field: 'certificate.stars',
      detail: 'too many',
    })
  })

  it('keeps a message without a field whole', () => {
    expect(splitFieldMessage('Unauthorized')).toEqual({ field: null, detail: 'Unauthorized' })
  })
})
