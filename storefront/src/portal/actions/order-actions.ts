'use server'

import { redirect, unstable_rethrow } from 'next/navigation'
import { z } from 'zod'
import { fulfilItems, markPaymentReceived } from '@/clients/vendor/orders'
import { toStorefrontError } from '@/lib/errors'
import { logger } from '@/lib/logger'
import { actionSession, returnPath, withToken } from '../action-session'

const FulfilInput = z.object({
  order_id: z.string().min(1, 'order_id'),
  item_id: z.string().min(1, 'item_id'),
  kind: z.enum(['shipped', 'ready_for_pickup']),
  tracking_number: z
    .string()
    .trim()
    .max(100, 'tracking_number')
    .optional()
    .transform((value) => value || undefined),
})

function withNotice(path: string, notice: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}notice=${notice}`
}

/** Marks one order line shipped or ready for pickup, then goes back to the list or order. */
export async function fulfilItemAction(form: FormData): Promise<void> {
  const session = await actionSession(form)
  const back = returnPath(form, session.locale, '/orders')
  const input = FulfilInput.safeParse(Object.fromEntries(form.entries()))
  if (!input.success) redirect(withNotice(back, 'invalid'))
  let notice = 'done'
  try {
    await withToken(session, () =>
      fulfilItems(session.token, input.data.order_id, {
        item_ids: [input.data.item_id],
        kind: input.data.kind,
        tracking_number: input.data.tracking_number,
      }),
    )
    logger.info({ order: input.data.order_id, kind: input.data.kind }, 'portal line fulfilled')
  } catch (error) {
    // A refused token redirects to sign-in from inside withToken; let that through.
    unstable_rethrow(error)
    const failure = toStorefrontError(error)
    logger.warn({ order: input.data.order_id, code: failure.code, err: failure }, 'fulfil failed')
    notice = failure.code === 'upstream_unavailable' ? 'unavailable' : 'refused'
  }

  redirect(withNotice(back, notice))
}

/** Records a cash-on-delivery or VietQR payment as received by the cooperative. */
export async function paymentReceivedAction(form: FormData): Promise<void> {
  const session = await actionSession(form)
  const back = returnPath(form, session.locale, '/orders')
  const orderId = String(form.get('order_id') ?? '')
  let notice = 'done'
  try {
    await withToken(session, () => markPaymentReceived(session.token, orderId))
    logger.info({ order: orderId }, 'portal payment received')
  } catch (error) {
    // A refused token redirects to sign-in from inside withToken; let that through.
    unstable_rethrow(error)
    const failure = toStorefrontError(error)
    logger.warn({ order: orderId, code: failure.code, err: failure }, 'payment mark failed')
    notice = failure.code === 'upstream_unavailable' ? 'unavailable' : 'refused'
  }

  redirect(withNotice(back, notice))
}
