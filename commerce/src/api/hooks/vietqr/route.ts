import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
  PaymentActions,
} from '@medusajs/framework/utils'
import { z } from '@medusajs/framework/zod'
import { processPaymentWorkflow } from '@medusajs/medusa/core-flows'
import { readEnv } from '../../../lib/env'
import { verifyVietQrWebhook } from '../../../lib/vietqr/webhook-signature'

/** Body of the bank's reconciliation notice. */
const noticeSchema = z.strictObject({
  reference: z.string().regex(/^HB[A-Z0-9]{16}$/),
  amount: z.number().int().positive(),
  transaction_id: z.string().min(1).max(100),
})

/**
 * Reconciliation webhook for VietQR transfers. Signed with VIETQR_WEBHOOK_SECRET
 * (`x-vietqr-timestamp`, `x-vietqr-signature` = HMAC-SHA256 of `<timestamp>.<raw body>`).
 * A genuine notice for the full amount captures the payment once; repeats change nothing.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse): Promise<void> {
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const rawBody = Buffer.isBuffer(req.rawBody) ? req.rawBody.toString('utf8') : ''
  const refused = verifyVietQrWebhook({
    secret: readEnv().VIETQR_WEBHOOK_SECRET,
    rawBody,
    timestamp: req.headers['x-vietqr-timestamp'],
    signature: req.headers['x-vietqr-signature'],
  })
  if (refused) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, refused)

  const parsed = noticeSchema.safeParse(req.body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${issue?.path.join('.') || 'body'}: ${issue?.message}`,
    )
  }
  const notice = parsed.data

  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const session = (await pg('payment_session')
    .select('id', 'amount')
    .where('provider_id', 'pp_vietqr_vietqr')
    .whereRaw("data->>'reference' = ?", [notice.reference])
    .whereNull('deleted_at')
    .first()) as { id: string; amount: string } | undefined
  if (!session) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `reference: no payment ${notice.reference}`)
  }
  if (Number(session.amount) !== notice.amount) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `amount: ${notice.amount} does not match the ${session.amount} đồng due`,
    )
  }

  // One notice at a time per session, and a captured payment is never captured again.
  const locking = req.scope.resolve(Modules.LOCKING)
  const applied = await locking.execute(
    `vietqr:${session.id}`,
    async () => {
      const captured = (await pg('payment')
        .where('payment_session_id', session.id)
        .whereNotNull('captured_at')
        .whereNull('deleted_at')
        .first('id')) as { id: string } | undefined
      if (captured) return false
      await processPaymentWorkflow(req.scope).run({
        input: {
          action: PaymentActions.SUCCESSFUL,
          data: { session_id: session.id, amount: notice.amount },
        },
      })

      return true
    },
    { timeout: 30 },
  )
  logger.info(
    `vietqr: transfer ${notice.transaction_id} for ${session.id} ${applied ? 'applied' : 'already applied'}`,
  )

  res.status(200).json({ received: true, applied })
}
