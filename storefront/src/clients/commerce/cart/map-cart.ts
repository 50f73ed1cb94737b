import type { Cart, CartLine, Order, PaymentMethod, VietQrInstructions } from '@/domain/cart'
import type { MedusaCart, MedusaOrder } from './schemas'

type MedusaLine = NonNullable<MedusaCart['items']>[number]

/** Which payment method a commerce payment provider id stands for; null when unknown. */
export function paymentMethodOf(providerId: string): PaymentMethod | null {
  const id = providerId.toLowerCase()
  if (id.includes('vietqr')) return 'vietqr'
  if (id.includes('stripe')) return 'card'
  if (id.includes('cod') || id === 'pp_system_default') return 'cod'

  return null
}

function mapLine(item: MedusaLine): CartLine {
  const unit = item.unit_price ?? 0
  const session = item.metadata?.session_id

  return {
    id: item.id,
    title: item.product_title ?? item.title ?? '',
    variantTitle: item.variant_title ?? null,
    productHandle: item.product_handle ?? null,
    thumbnail: item.thumbnail ?? null,
    quantity: item.quantity,
    unitPriceVnd: Math.round(unit),
    totalVnd: Math.round(item.total ?? unit * item.quantity),
    sessionId: typeof session === 'string' ? session : null,
  }
}

/** Turns Medusa's store cart into the site's Cart (VND amounts are whole đồng). */
export function mapCart(raw: MedusaCart): Cart {
  const lines = (raw.items ?? []).map(mapLine)

  return {
    id: raw.id,
    email: raw.email ?? null,
    regionId: raw.region_id ?? null,
    lines,
    subtotalVnd: Math.round(
      raw.item_subtotal ?? raw.subtotal ?? lines.reduce((sum, line) => sum + line.totalVnd, 0),
    ),
    shippingVnd: Math.round(raw.shipping_total ?? 0),
    discountVnd: Math.round(raw.discount_total ?? 0),
    totalVnd: Math.round(raw.total ?? 0),
    promoCodes: (raw.promotions ?? []).map((promotion) => promotion.code ?? '').filter(Boolean),
    shippingOptionId: raw.shipping_methods?.[0]?.shipping_option_id ?? null,
  }
}

function text(record: Record<string, unknown>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = record[key]
    if (typeof value === 'string' && value !== '') return value
    if (typeof value === 'number') return String(value)
  }

  return null
}

/** Reads VietQR instructions from a payment's provider data. */
export function vietQrFrom(
  data: Record<string, unknown>,
  totalVnd: number,
  fallbackReference: string,
): VietQrInstructions {
  return {
    payload: text(data, 'qr_payload', 'qrPayload', 'qr_data', 'qrData', 'emv', 'qr'),
    amountVnd: Number(text(data, 'amount', 'amount_vnd') ?? totalVnd),
    reference:
      text(data, 'reference', 'transfer_content', 'addInfo', 'description') ?? fallbackReference,
    bank: text(data, 'bank_name', 'bankName', 'bank', 'bank_bin'),
    account: text(data, 'account_number', 'accountNumber', 'account_no'),
    accountName: text(data, 'account_name', 'accountName'),
  }
}

/** Turns Medusa's store order into the site's Order. */
export function mapOrder(raw: MedusaOrder): Order {
  const payments = (raw.payment_collections ?? []).flatMap((collection) => [
    ...(collection.payments ?? []),
    ...(collection.payment_sessions ?? []),
  ])
  const payment = payments[0]
  const method = payment ? paymentMethodOf(payment.provider_id) : null
  const displayId = String(raw.display_id ?? raw.id)
  const totalVnd = Math.round(raw.total ?? 0)

  return {
    id: raw.id,
    displayId,
    email: raw.email ?? null,
    totalVnd,
    shippingVnd: Math.round(raw.shipping_total ?? 0),
    lines: (raw.items ?? []).map(mapLine),
    paymentMethod: method,
    vietqr:
      method === 'vietqr' && payment
        ? vietQrFrom(payment.data ?? {}, totalVnd, `HOABAN ${displayId}`)
        : null,
  }
}
