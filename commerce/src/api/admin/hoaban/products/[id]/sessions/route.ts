import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http'
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils'
import { BOOKING_MODULE } from '../../../../../../modules/booking'
import { vietnamLocal } from '../../../../../../modules/booking/local-time'
import type BookingModuleService from '../../../../../../modules/booking/service'
import { sessionsFromWeeklyRule } from '../../../../../../modules/booking/weekly-rule'
import type { CreateSessionsBody } from '../../../validators'

/** Upcoming sessions of an experience with seats taken, in Vietnam local time. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows = (await pg('experience_session')
    .select('id', 'starts_at', 'ends_at', 'capacity', 'seats_taken', 'status', 'language')
    .where('product_id', req.params.id ?? '')
    .whereNull('deleted_at')
    .where('starts_at', '>', new Date())
    .orderBy('starts_at')
    .limit(200)) as { id: string; starts_at: Date; capacity: number; seats_taken: number }[]

  res.json({
    sessions: rows.map((r) => ({ ...r, local: vietnamLocal(new Date(r.starts_at)) })),
  })
}

/** Adds one session, or every session of a weekly rule over a date range. */
export async function POST(
  req: AuthenticatedMedusaRequest<CreateSessionsBody>,
  res: MedusaResponse,
): Promise<void> {
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const productId = req.params.id ?? ''
  const product = await pg('product').first('id').where('id', productId).whereNull('deleted_at')
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} not found`)
  const body = req.validatedBody
  const times =
    'rule' in body
      ? sessionsFromWeeklyRule(body.rule)
      : [{ starts_at: new Date(body.starts_at), ends_at: new Date(body.ends_at) }]
  if (times.length === 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, 'rule: no dates')

  const booking = req.scope.resolve<BookingModuleService>(BOOKING_MODULE)
  const created = await booking.createExperienceSessions(
    times.map((t) => ({
      product_id: productId,
      starts_at: t.starts_at,
      ends_at: t.ends_at,
      capacity: body.capacity,
      language: body.language ?? 'vi',
      meeting_point: body.meeting_point ?? null,
    })),
  )

  res.status(201).json({ created: created.length })
}
