import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from '@medusajs/framework/types'
import { AbstractPaymentProvider, MedusaError, PaymentActions } from '@medusajs/framework/utils'
import { z } from '@medusajs/framework/zod'
import QRCode from 'qrcode'
import { buildVietQrPayload } from '../../lib/vietqr/build-vietqr-payload'

/** Options from medusa-config: the shop's collection account and the webhook secret. */
export const vietQrOptionsSchema = z.object({
  bankBin: z.string().regex(/^\d{6}$/),
  accountNumber: z.string().min(1),
  accountName: z.string().min(1),
  webhookSecret: z.string().min(8),
})
export type VietQrOptions = z.infer<typeof vietQrOptionsSchema>

/**
 * The memo reference for a payment session: `HB` and the 16 random characters of its ULID
 * (EMVCo caps the purpose field at 25 characters).
 */
export function referenceForSession(sessionId: string): string {
  return `HB${sessionId.slice(-16).toUpperCase()}`
}

/**
 * VietQR bank transfer: the session carries the QR payload and image for the exact amount and
 * a reference. The order is placed awaiting payment (authorized, not captured); it is paid
 * when an admin captures it or a signed reconciliation notice arrives.
 */
class VietQrProviderService extends AbstractPaymentProvider<VietQrOptions> {
  static override identifier = 'vietqr'

  protected readonly options_: VietQrOptions

  static override validateOptions(options: Record<string, unknown>): void {
    const parsed = vietQrOptionsSchema.safeParse(options)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `VietQR provider option ${issue?.path.join('.')}: ${issue?.message}`,
      )
    }
  }

  constructor(cradle: Record<string, unknown>, options: VietQrOptions) {
    super(cradle, options)
    this.options_ = options
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const sessionId = String(input.data?.session_id ?? '')
    if (!sessionId) throw new MedusaError(MedusaError.Types.INVALID_DATA, 'session_id missing')
    if (input.currency_code.toLowerCase() !== 'vnd') {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, 'currency_code: VietQR takes VND only')
    }
    const amountVnd = Number(input.amount)
    const reference = referenceForSession(sessionId)
    const payload = buildVietQrPayload(
      { bankBin: this.options_.bankBin, accountNumber: this.options_.accountNumber },
      { amountVnd, reference },
    )
    const qrImage = await QRCode.toDataURL(payload, { errorCorrectionLevel: 'M', margin: 2 })

    return {
      id: reference,
      data: {
        session_id: sessionId,
        reference,
        amount_vnd: amountVnd,
        bank_bin: this.options_.bankBin,
        account_number: this.options_.accountNumber,
        account_name: this.options_.accountName,
        qr_payload: payload,
        qr_image: qrImage,
      },
    }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { status: 'authorized', data: { ...input.data, awaiting_transfer: true } }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...input.data, awaiting_transfer: false, paid_at: new Date().toISOString() } }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: input.data }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { status: input.data?.paid_at ? 'captured' : 'authorized', data: input.data }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data: input.data }
  }

  /** Reconciliation notices arrive at POST /hooks/vietqr, which checks their signature. */
  async getWebhookActionAndData(
    _payload: ProviderWebhookPayload['payload'],
  ): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default VietQrProviderService
