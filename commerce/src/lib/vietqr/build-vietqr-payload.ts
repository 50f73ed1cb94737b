import { crc16CcittFalse } from './crc16'

/** The bank account a VietQR transfer goes to. */
export type VietQrAccount = { bankBin: string; accountNumber: string; accountName?: string }

/** One transfer request: whole đồng and the reference the buyer's bank puts in the memo. */
export type VietQrTransfer = { amountVnd: number; reference: string }

const field = (id: string, value: string): string => {
  if (value.length > 99) throw new Error(`VietQR field ${id} is longer than 99 characters`)

  return `${id}${value.length.toString().padStart(2, '0')}${value}`
}

/** NAPAS's application id for VietQR in the merchant account template (tag 38). */
const NAPAS_GUID = 'A000000727'
/** Service code for a transfer to an account number (QRIBFTTC is to a card). */
const TO_ACCOUNT = 'QRIBFTTA'

/**
 * Builds the EMVCo payload of a VietQR (NAPAS 247) transfer: dynamic, VND (704), with the
 * amount and the reference in the purpose field, ending in its CRC. Any Vietnamese banking app
 * reads it. References keep to A-Z and 0-9 (banks drop other characters from memos).
 */
export function buildVietQrPayload(account: VietQrAccount, transfer: VietQrTransfer): string {
  if (!/^\d{6}$/.test(account.bankBin)) throw new Error('bankBin: must be the 6-digit bank BIN')
  if (!/^[0-9A-Za-z]{1,19}$/.test(account.accountNumber)) {
    throw new Error('accountNumber: 1-19 letters or digits')
  }
  if (!Number.isInteger(transfer.amountVnd) || transfer.amountVnd <= 0) {
    throw new Error('amountVnd: must be a positive whole number of đồng')
  }
  if (!/^[A-Z0-9]{1,25}$/.test(transfer.reference)) {
    throw new Error('reference: 1-25 characters A-Z or 0-9')
  }

  const beneficiary = field('00', account.bankBin) + field('01', account.accountNumber)
  const merchant = field('00', NAPAS_GUID) + field('01', beneficiary) + field('02', TO_ACCOUNT)
  const body =
    field('00', '01') +
    field('01', '12') +
    field('38', merchant) +
    field('53', '704') +
    field('54', String(transfer.amountVnd)) +
    field('58', 'VN') +
    field('62', field('08', transfer.reference)) +
    '6304'

  return body + crc16CcittFalse(body)
}

/** Reads the top-level fields of an EMVCo payload (for checks and tests). */
export function parseEmvFields(payload: string): Map<string, string> {
  const fields = new Map<string, string>()
  let at = 0
  while (at < payload.length) {
    const id = payload.slice(at, at + 2)
    const length = Number(payload.slice(at + 2, at + 4))
    fields.set(id, payload.slice(at + 4, at + 4 + length))
    at += 4 + length
  }

  return fields
}
