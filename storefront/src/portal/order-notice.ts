import type { PortalMessages } from './portal-messages'

/** The notice an order action leaves in the address (`?notice=`), in the page's language. */
export function orderNotice(
  notice: string | undefined,
  t: PortalMessages,
): { text: string; kind: 'ok' | 'error' } | null {
  if (notice === 'done') return { text: t.orders.done, kind: 'ok' }
  if (notice === 'unavailable') return { text: t.form.unavailable, kind: 'error' }
  if (notice === 'refused' || notice === 'invalid') return { text: t.form.invalid, kind: 'error' }

  return null
}
