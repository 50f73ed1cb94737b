import Link from 'next/link'
import type { Locale } from '@/domain/types'
import { formatDateTime } from '@/format/format-date'
import { formatVnd } from '@/format/format-vnd'
import { fill } from '@/i18n/messages'
import { fulfilItemAction, paymentReceivedAction } from '@/portal/actions/order-actions'
import type { PortalMessages } from '@/portal/portal-messages'
import { portalPath } from '@/portal/portal-paths'
import type { PortalOrder } from '@/portal/types'

function providerLabel(provider: string, t: PortalMessages): string {
  if (/cod/i.test(provider)) return t.orders.cod
  if (/vietqr/i.test(provider)) return t.orders.vietqr
  if (/stripe/i.test(provider)) return t.orders.stripe

  return provider
}

function paymentLabel(status: string, t: PortalMessages): string {
  if (status === 'awaiting') return t.orders.awaiting
  if (status === 'received') return t.orders.received
  if (status === 'captured') return t.orders.captured

  return status
}

/**
 * One order as the cooperative works it: where to send what (address, phone), per line the
 * buttons "shipped" and "ready for pickup", and "payment received" for COD and VietQR.
 */
export function OrderCard({
  order,
  locale,
  t,
  returnTo,
  linkToDetail,
}: {
  order: PortalOrder
  locale: Locale
  t: PortalMessages
  returnTo: string
  linkToDetail: boolean
}) {
  const o = t.orders
  const title = fill(o.order, { n: order.displayId })

  return (
    <article className="portal-card portal-order" data-testid="order" data-order-id={order.id}>
      <header className="portal-order__head">
        <h2>
          {linkToDetail ? (
            <Link href={portalPath(locale, `/orders/${order.id}`)}>{title}</Link>
          ) : (
            title
          )}
        </h2>
        <p className="portal-muted">
          {fill(o.placed, { date: formatDateTime(order.createdAt, locale) })}
        </p>
      </header>

      <section aria-label={o.shipTo} className="portal-order__address" data-testid="order-address">
        <h3>{o.shipTo}</h3>
        {order.address ? (
          <address>
            <strong>{order.address.name}</strong>
            {order.address.lines.map((line) => (
              <span key={line}>{line}</span>
            ))}
            {order.address.phone ? (
              <span>
                {o.phone}: <a href={`tel:${order.address.phone}`}>{order.address.phone}</a>
              </span>
            ) : null}
          </address>
        ) : (
          <p>{o.noAddress}</p>
        )}
        {order.shippingMethod ? (
          <p className="portal-muted">
            {o.method}: {order.shippingMethod}
          </p>
        ) : null}
      </section>

      <h3>{o.items}</h3>
      <ul className="portal-lines">
        {order.items.map((item) => (
          <li key={item.id} data-testid="order-item" data-fulfilment={item.fulfilment}>
            <div>
              <strong>{item.title}</strong>
              <span>{fill(o.quantity, { n: item.quantity })}</span>
              <span className={`portal-badge portal-badge--${item.fulfilment}`}>
                {o[item.fulfilment]}
              </span>
            </div>
            {item.fulfilment === 'unfulfilled' ? (
              <div className="portal-line-actions">
                <form action={fulfilItemAction} className="portal-inline-form">
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="returnTo" value={returnTo} />
                  <input type="hidden" name="order_id" value={order.id} />
                  <input type="hidden" name="item_id" value={item.id} />
                  <input type="hidden" name="kind" value="shipped" />
                  <label htmlFor={`tracking-${item.id}`} className="visually-hidden">
                    {o.tracking}
                  </label>
                  <input
                    id={`tracking-${item.id}`}
                    name="tracking_number"
                    placeholder={o.tracking}
                    maxLength={100}
                  />
                  <button type="submit" className="portal-button" data-testid="mark-shipped">
                    {o.markShipped}
                  </button>
                </form>
                <form action={fulfilItemAction}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="returnTo" value={returnTo} />
                  <input type="hidden" name="order_id" value={order.id} />
                  <input type="hidden" name="item_id" value={item.id} />
                  <input type="hidden" name="kind" value="ready_for_pickup" />
                  <button
                    type="submit"
                    className="portal-button portal-button--secondary"
                    data-testid="mark-ready"
                  >
                    {o.markReady}
                  </button>
                </form>
              </div>
            ) : null}
          </li>
        ))}
      </ul>

      <footer className="portal-order__foot">
        <p>
          {o.total}: <strong>{formatVnd(order.totalVnd)}</strong>
        </p>
        {order.payment ? (
          <p data-testid="order-payment" data-status={order.payment.status}>
            {o.payment}: {providerLabel(order.payment.provider, t)} ·{' '}
            {paymentLabel(order.payment.status, t)}
          </p>
        ) : null}
        {order.payment?.collectable ? (
          <form action={paymentReceivedAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="returnTo" value={returnTo} />
            <input type="hidden" name="order_id" value={order.id} />
            <button type="submit" className="portal-button" data-testid="payment-received">
              {o.paymentReceived}
            </button>
          </form>
        ) : null}
      </footer>
    </article>
  )
}
