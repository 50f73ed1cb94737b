import type { MedusaResponse, MedusaStoreRequest } from '@medusajs/framework/http'
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils'
import { z } from '@medusajs/framework/zod'
import { parseQuery } from '../../../../../lib/parse-query'
import { findStoreProductIds } from '../../../../../lib/store/find-store-product-ids'
import { fromVietnamLocal, vietnamLocal } from '../../../../../modules/booking/local-time'

const querySchema = z.strictObject({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
})

type Row = {
  id: string
  starts_at: Date
  ends_at: Date
  capacity: number
  seats_taken: number
  language: string
  meeting_point: string | null
  lat: number | null
  lng: number | null
}

/**
 * Open sessions of an experience between two Vietnam dates (inclusive; default the next 30
 * days), with seats left and the local date and time in Asia/Ho_Chi_Minh.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse): Promise<void> {
  const query = parseQuery(querySchema, req.query)
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const handle = req.params.handle ?? ''
  const { ids } = await findStoreProductIds(pg, {
    salesChannelIds: req.publishable_key_context.sales_channel_ids,
    limit: 1,
    offset: 0,
    handle,
    kind: 'experience',
  })
  const productId = ids[0]
  if (!productId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No experience ${handle}`)

  const today = vietnamLocal(new Date()).date
  const from = fromVietnamLocal(query.from ?? today, '00:00')
  const to = query.to ? fromVietnamLocal(query.to, '00:00') : new Date(from.getTime() + 30 * 864e5)
  const end = query.to ? new Date(to.getTime() + 864e5) : to
  const rows = (await pg('experience_session')
    .select('*')
    .where('product_id', productId)
    .where('status', 'scheduled')
    .whereNull('deleted_at')
    .where('starts_at', '>=', from)
    .where('starts_at', '<', end)
    .where('starts_at', '>', new Date())
    .orderBy('starts_at')) as Row[]

  res.json({
    sessions: rows.map((r) => {
      const start = vietnamLocal(new Date(r.starts_at))

      return {
        id: r.id,
        starts_at: new Date(r.starts_at).toISOString(),
        ends_at: new Date(r.ends_at).toISOString(),
        local_date: start.date,
        local_time: start.time,
        time_zone: 'Asia/Ho_Chi_Minh',
        capacity: r.capacity,
        seats_left: r.capacity - r.seats_taken,
        language: r.language,
        meeting_point: { name: r.meeting_point, lat: r.lat, lng: r.lng },
      }
    }),
  })
}
