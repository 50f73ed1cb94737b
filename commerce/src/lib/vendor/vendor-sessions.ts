import type { Knex } from '@medusajs/framework/mikro-orm/knex'
import { MedusaError } from '@medusajs/framework/utils'
import { fromVietnamLocal, vietnamLocal } from '../../modules/booking/local-time'
import { sessionsFromWeeklyRule, type WeeklyRule } from '../../modules/booking/weekly-rule'
import type { VendorScope } from './vendor-scope'

/** A session of one of the cooperative's experiences, with its Vietnam date and time. */
export type VendorSession = {
  id: string
  product_id: string
  product_title: string
  starts_at: string
  ends_at: string
  local: { date: string; time: string }
  capacity: number
  seats_taken: number
  seats_left: number
  status: 'scheduled' | 'cancelled'
  language: string
  meeting_point: string | null
}

/** One booking of a session as the guest list shows it. */
export type SessionGuest = {
  booking_id: string
  customer_name: string | null
  email: string | null
  phone: string | null
  seats: number
  participants: { title: string; quantity: number }[]
  status: 'confirmed' | 'cancelled'
  checked_in_at: string | null
  order_display_id: number | null
}

type SessionRow = {
  id: string
  product_id: string
  product_title: string
  starts_at: Date
  ends_at: Date
  capacity: number
  seats_taken: number
  status: 'scheduled' | 'cancelled'
  language: string
  meeting_point: string | null
}

/** Sessions of the cooperative's experiences (not deleted), with their product's title. */
function ownSessions(scope: VendorScope): Knex.QueryBuilder {
  return scope
    .pg('experience_session as s')
    .join('cooperative_cooperative_product_product as cp', 'cp.product_id', 's.product_id')
    .join('product as p', 'p.id', 's.product_id')
    .select(
      's.id',
      's.product_id',
      'p.title as product_title',
      's.starts_at',
      's.ends_at',
      's.capacity',
      's.seats_taken',
      's.status',
      's.language',
      's.meeting_point',
    )
    .where('cp.cooperative_id', scope.cooperativeId)
    .whereNull('cp.deleted_at')
    .whereNull('p.deleted_at')
    .whereNull('s.deleted_at')
}

function toSession(row: SessionRow): VendorSession {
  const startsAt = new Date(row.starts_at)

  return {
    id: row.id,
    product_id: row.product_id,
    product_title: row.product_title,
    starts_at: startsAt.toISOString(),
    ends_at: new Date(row.ends_at).toISOString(),
    local: vietnamLocal(startsAt),
    capacity: row.capacity,
    seats_taken: row.seats_taken,
    seats_left: Math.max(0, row.capacity - row.seats_taken),
    status: row.status,
    language: row.language,
    meeting_point: row.meeting_point,
  }
}

/**
 * The UTC instants bounding a range of Vietnam dates, both included: from 00:00 of `from` to
 * 00:00 of the day after `to`. Without dates, today (Vietnam) and the 29 days after it.
 */
export function vietnamDateRange(input: { from?: string; to?: string }): {
  start: Date
  end: Date
} {
  const from = input.from ?? vietnamLocal(new Date()).date
  const start = fromVietnamLocal(from, '00:00')
  const end = input.to
    ? new Date(fromVietnamLocal(input.to, '00:00').getTime() + 864e5)
    : new Date(start.getTime() + 30 * 864e5)

  return { start, end }
}

/**
 * The cooperative's sessions starting in `[start, end)`, earliest first; `scheduledOnly`
 * leaves cancelled ones out.
 */
export async function listVendorSessions(
  scope: VendorScope,
  input: { start: Date; end: Date; scheduledOnly?: boolean },
): Promise<VendorSession[]> {
  const query = ownSessions(scope)
    .where('s.starts_at', '>=', input.start)
    .where('s.starts_at', '<', input.end)
    .orderBy([{ column: 's.starts_at' }, { column: 's.id' }])
    .limit(2000)
  if (input.scheduledOnly) query.where('s.status', 'scheduled')

  return ((await query) as SessionRow[]).map(toSession)
}

/**
 * One of the cooperative's sessions; another cooperative's session is answered exactly like
 * a missing one (404).
 */
export async function loadVendorSession(
  scope: VendorScope,
  sessionId: string,
): Promise<VendorSession> {
  const row = (await ownSessions(scope).where('s.id', sessionId).first()) as SessionRow | undefined
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Session ${sessionId} not found`)

  return toSession(row)
}

/** The cooperative's experience products (any status), by title. */
export async function listVendorExperiences(
  scope: VendorScope,
): Promise<{ id: string; title: string; handle: string }[]> {
  return (await scope
    .pg('product as p')
    .join('cooperative_cooperative_product_product as cp', 'cp.product_id', 'p.id')
    .select('p.id', 'p.title', 'p.handle')
    .where('cp.cooperative_id', scope.cooperativeId)
    .whereRaw("p.metadata->>'kind' = 'experience'")
    .whereNull('cp.deleted_at')
    .whereNull('p.deleted_at')
    .orderBy('p.title')) as { id: string; title: string; handle: string }[]
}

/**
 * Stops with 404 unless the product is one of the cooperative's experiences: sessions of a
 * shop product make no sense, and another cooperative's product is answered like none.
 */
export async function assertOwnExperience(scope: VendorScope, productId: string): Promise<void> {
  const experiences = await listVendorExperiences(scope)
  if (!experiences.some((e) => e.id === productId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Experience ${productId} not found`)
  }
}

type GuestRow = {
  booking_id: string
  seats: number
  status: 'confirmed' | 'cancelled'
  checked_in_at: Date | null
  participants: Record<string, number> | null
  display_id: number | null
  email: string | null
  first_name: string | null
  last_name: string | null
  phone: string | null
  line_title: string | null
  line_quantity: string | null
}

/**
 * Every booking of a session, oldest first: the buyer's name, email and phone from the
 * order, seats, participant types from the booked line, and whether it was checked in.
 */
export async function listSessionGuests(
  scope: VendorScope,
  sessionId: string,
): Promise<SessionGuest[]> {
  const { pg } = scope
  const rows = (await pg('session_booking as b')
    .leftJoin('order as o', 'o.id', 'b.order_id')
    .leftJoin(
      'order_address as a',
      'a.id',
      pg.raw('coalesce(o.shipping_address_id, o.billing_address_id)'),
    )
    .leftJoin('order_line_item as li', 'li.id', 'b.line_item_id')
    .leftJoin('order_item as oi', function () {
      this.on('oi.item_id', 'li.id').andOn('oi.order_id', 'o.id').andOn('oi.version', 'o.version')
    })
    .select(
      'b.id as booking_id',
      'b.seats',
      'b.status',
      'b.checked_in_at',
      'b.participants',
      'o.display_id',
      'o.email',
      'a.first_name',
      'a.last_name',
      'a.phone',
      pg.raw('coalesce(li.variant_title, li.title) as line_title'),
      'oi.quantity as line_quantity',
    )
    .where('b.session_id', sessionId)
    .whereNull('b.deleted_at')
    .orderBy([{ column: 'b.created_at' }, { column: 'b.id' }])) as GuestRow[]

  return rows.map((r) => {
    const name = [r.first_name, r.last_name].filter(Boolean).join(' ').trim()

    return {
      booking_id: r.booking_id,
      customer_name: name || null,
      email: r.email,
      phone: r.phone,
      seats: r.seats,
      participants:
        r.line_title && r.line_quantity !== null
          ? [{ title: r.line_title, quantity: Number(r.line_quantity) }]
          : Object.entries(r.participants ?? {}).map(([title, quantity]) => ({
              title,
              quantity: Number(quantity),
            })),
      status: r.status,
      checked_in_at: r.checked_in_at ? new Date(r.checked_in_at).toISOString() : null,
      order_display_id: r.display_id,
    }
  })
}

/** Most sessions one request may create, so a mistyped year cannot flood the calendar. */
export const MAX_SESSIONS_PER_REQUEST = 400

/**
 * The start and end of every session a create request asks for: one session, or each date of
 * a weekly rule. Rule dates already past are skipped; a single session must lie ahead.
 */
export function requestedSessionTimes(
  body: { starts_at: string; ends_at: string } | { rule: WeeklyRule },
  now: Date = new Date(),
): { starts_at: Date; ends_at: Date }[] {
  if ('rule' in body) {
    if (body.rule.from > body.rule.to) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, 'rule.to: must not be before from')
    }
    const times = sessionsFromWeeklyRule(body.rule).filter((t) => t.starts_at > now)
    if (times.length === 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, 'rule: gives no dates ahead')
    }
    if (times.length > MAX_SESSIONS_PER_REQUEST) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `rule: gives ${times.length} sessions, at most ${MAX_SESSIONS_PER_REQUEST} at once`,
      )
    }

    return times
  }
  const startsAt = new Date(body.starts_at)
  const endsAt = new Date(body.ends_at)
  if (endsAt <= startsAt) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'ends_at: must be after starts_at')
  }
  if (startsAt <= now) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'starts_at: must be in the future')
  }

  return [{ starts_at: startsAt, ends_at: endsAt }]
}
