import { describe, expect, it } from 'vitest'
import type { TicketCancellation } from '@/domain/cart'
import { messages } from '@/i18n/messages'
import { cancellationNotice } from './cancellation-notice'

const quote = (over: Partial<TicketCancellation>): TicketCancellation => ({
  cancellable: true,
  window: 'free',
  paidVnd: 700_000,
  refundVnd: 700_000,
  // 07:00 on 20 Dec in Vietnam.
  freeUntil: '2026-12-20T00:00:00.000Z',
  ...over,
})

describe('cancellationNotice', () => {
  it('inside the free window names the full refund and the Vietnam time free cancellation ends', () => {
    const notice = cancellationNotice(quote({}), {
      unpaid: false,
      locale: 'en',
      t: messages('en').bookingCancel,
    })

    expect(notice.refund).toContain('700.000')
    expect(notice.refund).toMatch(/full/)
    expect(notice.freeUntil).toMatch(/20 Dec 2026/)
    expect(notice.freeUntil).toMatch(/07:00|7:00/)
  })

  it('after the free window states the share back out of what was paid, in Vietnamese', () => {
    const notice = cancellationNotice(quote({ window: 'late', refundVnd: 350_000 }), {
      unpaid: false,
      locale: 'vi',
      t: messages('vi').bookingCancel,
    })

    expect(notice.refund).toContain('350.000')
    expect(notice.refund).toContain('700.000')
    expect(notice.refund).not.toMatch(/\{\w+\}/)
    expect(notice.freeUntil).toBeNull()
  })

  it('for an order not paid yet promises no refund', () => {
    const notice = cancellationNotice(quote({ window: 'late', refundVnd: 350_000 }), {
      unpaid: true,
      locale: 'en',
      t: messages('en').bookingCancel,
    })

    expect(notice.refund).toBe(messages('en').bookingCancel.unpaid)
  })
})
