import { fill } from '@/i18n/messages'
import type { PortalMessages } from '@/portal/portal-messages'
import type { PortalProductState } from '@/portal/types'

/** Where a product stands: live, awaiting approval, rejected (with the reason) or a draft. */
export function ProductStateBadge({ state, t }: { state: PortalProductState; t: PortalMessages }) {
  const label =
    state.kind === 'live'
      ? t.products.live
      : state.kind === 'awaiting_approval'
        ? t.products.awaiting
        : state.kind === 'rejected'
          ? t.products.rejected
          : t.products.draft

  return (
    <span className="portal-state-wrap">
      <span
        className={`portal-badge portal-badge--${state.kind}`}
        data-testid="product-state"
        data-state={state.kind}
      >
        {label}
      </span>
      {state.kind === 'rejected' && state.reason ? (
        <span className="portal-muted" data-testid="rejection-reason">
          {' '}
          {fill(t.products.reason, { reason: state.reason })}
        </span>
      ) : null}
    </span>
  )
}
