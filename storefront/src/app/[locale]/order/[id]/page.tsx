import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getOrder, getOrderTickets } from '@/clients/commerce/cart/get-order'
import { localizeLines } from '@/clients/commerce/cart/localize-lines'
import { CancelBookingForm } from '@/components/order/cancel-booking-form'
import { Price } from '@/components/ui/price'
import { QrCode } from '@/components/ui/qr-code'
import { UnavailableNotice } from '@/components/ui/unavailable-notice'
import type { Ticket } from '@/domain/cart'
import { formatDateTime } from '@/format/format-date'
import { formatVnd } from '@/format/format-vnd'
import { fill } from '@/i18n/messages'
import { pageContext } from '@/lib/page-context'
import { load } from '@/lib/result'
import { param, type SearchParams } from '@/lib/search-params'

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: SearchParams }

/** Confirmations are personal: never indexed. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageContext(params)

  return { title: t.confirmation.title, robots: { index: false } }
}

/**
 * Order confirmation: number, lines, total, payment instructions and booking tickets, each
 * ticket with its cancellation (the refund the policy gives now, then a confirming button).
 */
export default async function OrderPage({ params, searchParams }: Props) {
  const { id } = await params
  const query = await searchParams
  const cartId = param(query, 'cart') ?? null
  const cancelledId = param(query, 'cancelled')
  const cancelledRefund = Number(param(query, 'refund') ?? 0)
  const refusedId = param(query, 'cancel_refused')
  const { locale, t, tenant } = await pageContext(params)
  const [order, tickets] = await Promise.all([
    load('commerce.order', () => getOrder(tenant, id)),
    load('commerce.tickets', () => getOrderTickets(tenant, { orderId: id, cartId }, locale)),
  ])
  if (!order.ok) {
    return (
      <UnavailableNotice
        title={t.unavailable.title}
        text={t.unavailable.commerce}
        testId="commerce-unavailable"
      />
    )
  }
  if (!order.data) notFound()
  const data = { ...order.data, lines: await localizeLines(tenant, order.data.lines, locale) }
  const ticketTitle = (ticket: Ticket) =>
    ticket.title ?? data.lines.find((line) => line.sessionId === ticket.sessionId)?.title ?? ''

  return (
    <article className="confirmation" data-testid="order-confirmation">
      <h1>{t.confirmation.title}</h1>
      <dl className="facts">
        <div>
          <dt>{t.confirmation.orderNumber}</dt>
          <dd data-testid="order-number">#{data.displayId}</dd>
        </div>
        <div>
          <dt>{t.confirmation.total}</dt>
          <dd data-testid="order-total">
            <Price amount={data.totalVnd} />
          </dd>
        </div>
      </dl>
      <ul className="order-lines">
        {data.lines.map((line) => (
          <li key={line.id}>
            {line.quantity} × {line.title} — <Price amount={line.totalVnd} />
          </li>
        ))}
      </ul>
      {data.paymentMethod === 'cod' ? <p>{t.confirmation.paymentCod}</p> : null}
      {data.vietqr ? (
        <section className="section" aria-labelledby="vietqr" data-testid="vietqr">
          <h2 id="vietqr">{t.checkout.vietqr}</h2>
          <p>{t.confirmation.paymentVietqr}</p>
          {data.vietqr.payload ? (
            <QrCode
              value={data.vietqr.payload}
              label={`VietQR ${formatVnd(data.vietqr.amountVnd)} ${data.vietqr.reference}`}
            />
          ) : null}
          <dl className="facts">
            <div>
              <dt>{t.checkout.amount}</dt>
              <dd>
                <Price amount={data.vietqr.amountVnd} />
              </dd>
            </div>
            <div>
              <dt>{t.checkout.reference}</dt>
              <dd>{data.vietqr.reference}</dd>
            </div>
            {data.vietqr.bank ? (
              <div>
                <dt>{t.checkout.bankAccount}</dt>
                <dd>
                  {data.vietqr.bank} {data.vietqr.account ?? ''} {data.vietqr.accountName ?? ''}
                </dd>
              </div>
            ) : null}
          </dl>
        </section>
      ) : null}
      {tickets.ok && tickets.data.length > 0 ? (
        <section className="section" aria-labelledby="tickets" data-testid="tickets">
          <h2 id="tickets">{t.confirmation.tickets}</h2>
          <p>{t.confirmation.ticketHint}</p>
          {cancelledId ? (
            <p className="notice notice--info" role="status" data-testid="booking-cancel-done">
              {fill(t.bookingCancel.done, {
                refund: formatVnd(Number.isFinite(cancelledRefund) ? cancelledRefund : 0),
              })}
            </p>
          ) : null}
          {refusedId ? (
            <p
              className="notice notice--unavailable"
              role="alert"
              data-testid="booking-cancel-refused"
            >
              {t.bookingCancel.refused}
            </p>
          ) : null}
          <ul className="tickets">
            {tickets.data.map((ticket) => (
              <li key={ticket.id} className="ticket" data-testid="ticket">
                <QrCode
                  value={ticket.code}
                  label={`${ticketTitle(ticket)} ${ticket.id}`}
                  size={180}
                />
                <div>
                  <strong>{ticketTitle(ticket)}</strong>
                  {ticket.startsAt ? <p>{formatDateTime(ticket.startsAt, locale)}</p> : null}
                  {ticket.participants ? <p>× {ticket.participants}</p> : null}
                  {ticket.meetingPoint ? <p>{ticket.meetingPoint}</p> : null}
                  <CancelBookingForm
                    ticket={ticket}
                    orderId={data.id}
                    cartId={cartId}
                    unpaid={data.paymentMethod === 'cod'}
                    locale={locale}
                    t={t.bookingCancel}
                  />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
