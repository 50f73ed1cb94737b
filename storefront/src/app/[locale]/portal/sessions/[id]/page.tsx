import type { Metadata } from 'next'
import Link from 'next/link'
import { listGuests } from '@/clients/vendor/sessions'
import { PageNotice } from '@/components/portal/form-parts'
import { PortalShell } from '@/components/portal/portal-shell'
import { CancelSessionForm, MoveSessionForm } from '@/components/portal/session-forms'
import { formatDate, formatDateTime } from '@/format/format-date'
import { fill } from '@/i18n/messages'
import { param, type SearchParams } from '@/lib/search-params'
import { portalContext, portalRead, signedInContext } from '@/portal/portal-context'
import { portalPath } from '@/portal/portal-paths'

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: SearchParams }

/** The session page's title. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await portalContext(params)).t.sessions.guests }
}

/**
 * One session: its guests (who, seats, checked in or not), moving it and cancelling it.
 * Another cooperative's id gives the portal's not-found page (commerce answers 404).
 */
export default async function PortalSessionPage({ params, searchParams }: Props) {
  const context = await signedInContext(params)
  const { locale, t } = context
  const { id } = await params
  const { session, guests } = await portalRead(context, () => listGuests(context.token, id))
  const s = t.sessions
  const cancelledNow = param(await searchParams, 'notice') === 'cancelled'

  return (
    <PortalShell
      locale={locale}
      t={t}
      publicPath={context.publicPath}
      tenantName={context.tenant.name}
      member={context.member}
      active="experiences"
    >
      <p>
        <Link href={`${portalPath(locale, '/experiences')}?date=${session.localDate}`}>
          ← {s.back}
        </Link>
      </p>
      <PageNotice text={cancelledNow ? s.cancelledDone : null} />
      <h1 data-testid="session-title">{session.productTitle}</h1>
      <p data-testid="session-when">
        {formatDate(session.localDate, locale)} · {session.localTime}
        {session.meetingPoint ? ` · ${session.meetingPoint}` : ''}
      </p>
      <p>
        {session.cancelled ? (
          <span className="portal-badge portal-badge--rejected">{s.cancelled}</span>
        ) : (
          fill(s.seatsLeft, { left: session.seatsLeft, capacity: session.capacity })
        )}
      </p>

      <section className="portal-card" aria-labelledby="guests">
        <h2 id="guests">{s.guests}</h2>
        {guests.length === 0 ? <p>{s.noGuests}</p> : null}
        <ul className="portal-lines" data-testid="guest-list">
          {guests.map((guest) => (
            <li
              key={guest.bookingId}
              data-testid="guest"
              data-checked-in={Boolean(guest.checkedInAt)}
            >
              <div>
                <strong>{guest.name ?? guest.email ?? guest.bookingId}</strong>
                <span>{fill(s.seats, { n: guest.seats })}</span>
                {guest.participants.length > 0 ? (
                  <span className="portal-muted">
                    {guest.participants.map((p) => `${p.title} × ${p.quantity}`).join(', ')}
                  </span>
                ) : null}
                {guest.phone ? <a href={`tel:${guest.phone}`}>{guest.phone}</a> : null}
                {guest.orderDisplayId !== null ? (
                  <span className="portal-muted">{fill(s.order, { n: guest.orderDisplayId })}</span>
                ) : null}
              </div>
              <span
                className={`portal-badge portal-badge--${guest.checkedInAt ? 'live' : 'draft'}`}
              >
                {guest.checkedInAt
                  ? fill(s.checkedIn, { time: formatDateTime(guest.checkedInAt, locale) })
                  : s.notCheckedIn}
              </span>
            </li>
          ))}
        </ul>
        <p>
          <Link href={portalPath(locale, '/check-in')}>{t.nav.checkIn}</Link>
        </p>
      </section>

      {session.cancelled ? null : (
        <>
          <section className="portal-card" aria-labelledby="move">
            <h2 id="move">{s.move}</h2>
            <MoveSessionForm locale={locale} t={t} session={session} />
          </section>
          <section className="portal-card" aria-labelledby="cancel">
            <h2 id="cancel">{s.cancel}</h2>
            <CancelSessionForm locale={locale} t={t} session={session} />
          </section>
        </>
      )}
    </PortalShell>
  )
}
