import { describe, expect, it } from 'vitest'
import { buildVietQrPayload, parseEmvFields } from './build-vietqr-payload'
import { crc16CcittFalse } from './crc16'
import { signVietQrWebhook, verifyVietQrWebhook } from './webhook-signature'

describe('crc16CcittFalse', () => {
  it('matches the published check value of CRC-16/CCITT-FALSE', () => {
    expect(crc16CcittFalse('123456789')).toBe('29B1')
  })
})

describe('buildVietQrPayload', () => {
  const account = { bankBin: '970436', accountNumber: '0011001234567' }
  const payload = buildVietQrPayload(account, { amountVnd: 447_000, reference: 'HB01ABC' })

  it('writes the EMVCo fields of a dynamic VND transfer', () => {
    const fields = parseEmvFields(payload)

    expect(fields.get('00')).toBe('01')
    expect(fields.get('01')).toBe('12')
    expect(fields.get('53')).toBe('704')
    expect(fields.get('54')).toBe('447000')
    expect(fields.get('58')).toBe('VN')
    expect(fields.get('62')).toBe('0807HB01ABC')
    const merchant = parseEmvFields(fields.get('38') ?? '')
    expect(merchant.get('00')).toBe('A000000727')
    expect(merchant.get('02')).toBe('QRIBFTTA')
    expect(parseEmvFields(merchant.get('01') ?? '').get('01')).toBe('0011001234567')
  })

  it('ends with the CRC of everything before it', () => {
    expect(payload.slice(-8, -4)).toBe('6304')
    expect(payload.slice(-4)).toBe(crc16CcittFalse(payload.slice(0, -4)))
  })

  it('refuses fractional amounts and unsafe references, naming the field', () => {
    expect(() => buildVietQrPayload(account, { amountVnd: 10.5, reference: 'A' })).toThrow(
      /amountVnd/,
    )
    expect(() => buildVietQrPayload(account, { amountVnd: 1, reference: 'đơn 1' })).toThrow(
      /reference/,
    )
  })
})

describe('VietQR webhook signature', () => {
  const secret = 'test-secret-123'
  const body = '{"reference":"X","amount":1}'
  const now = 1_800_000_000_000
  const ts = now / 1000

  it('accepts a fresh genuine notice', () => {
    const signature = signVietQrWebhook(secret, ts, body)

    expect(verifyVietQrWebhook({ secret, rawBody: body, timestamp: ts, signature, now })).toBeNull()
  })

  it('refuses an altered body, a wrong secret and an old timestamp', () => {
    const signature = signVietQrWebhook(secret, ts, body)

    expect(
      verifyVietQrWebhook({ secret, rawBody: body + ' ', timestamp: ts, signature, now }),
    ).toMatch(/does not match/)
    expect(
      verifyVietQrWebhook({ secret: 'other', rawBody: body, timestamp: ts, signature, now }),
    ).toMatch(/does not match/)
    expect(
      verifyVietQrWebhook({
        secret,
        rawBody: body,
        timestamp: ts - 3600,
        signature: signVietQrWebhook(secret, ts - 3600, body),
        now,
      }),
    ).toMatch(/too old/)
  })
})
