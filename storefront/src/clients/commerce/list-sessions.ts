import { pathSegment } from '@/lib/path-segment'
import { z } from 'zod'
import type { Locale, Tenant } from '@/domain/types'
import { StorefrontError } from '@/lib/errors'
import { storeRequest } from './commerce-request'

const nullableString = z.string().nullish()
const nullableNumber = z.number().nullish()

/** A session of an experience as commerce's booking module sends it. */
const BookingSession = z.looseObject({
  id: z.string(),
  starts_at: z.string(),
  ends_at: nullableString,
  capacity: nullableNumber,
  seats_left: nullableNumber,
  remaining: nullableNumber,
  language: nullableString,
  meeting_point: z
    .union([
      z.string(),
      z.looseObject({ name: nullableString, vi: nullableString, en: nullableString }),
    ])
    .nullish(),
  variant_id: nullableString,
})

const SessionsAnswer = z.looseObject({ sessions: z.array(BookingSession) })

/** An experience session the visitor can book. */
export interface ExperienceSession {
  id: string
  startsAt: string
  endsAt: string | null
  seatsLeft: number | null
  language: string | null
  meetingPoint: string | null
  variantId: string | null
}

const sessionRoutes = [
  (handle: string) => `/store/experiences/${pathSegment(handle)}/sessions`,
  (handle: string) => `/store/hoaban/products/${pathSegment(handle)}/sessions`,
]

async function readSessions(tenant: Tenant, handle: string) {
  for (const route of sessionRoutes) {
    try {
      return await storeRequest(tenant, route(handle), SessionsAnswer)
    } catch (error) {
      if (!(error instanceof StorefrontError) || error.code !== 'not_found') throw error
    }
  }

  return { sessions: [] }
}

/** The upcoming sessions of an experience; empty when commerce has none or no booking route. */
export async function listSessions(
  tenant: Tenant,
  handle: string,
  locale: Locale,
): Promise<ExperienceSession[]> {
  const answer = await readSessions(tenant, handle)

  return answer.sessions.map((session) => {
    const point = session.meeting_point

    return {
      id: session.id,
      startsAt: session.starts_at,
      endsAt: session.ends_at ?? null,
      seatsLeft: session.seats_left ?? session.remaining ?? null,
      language: session.language ?? null,
      meetingPoint:
        typeof point === 'string' ? point : (point?.[locale] ?? point?.name ?? point?.vi ?? null),
      variantId: session.variant_id ?? null,
    }
  })
}
