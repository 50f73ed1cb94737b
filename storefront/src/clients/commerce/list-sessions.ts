import { z } from 'zod'
import type { Tenant } from '@/domain/types'
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
    .union([z.string(), z.looseObject({ vi: nullableString, en: nullableString })])
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

/** The upcoming sessions of an experience; empty when commerce has no booking route yet. */
export async function listSessions(
  tenant: Tenant,
  handle: string,
  locale: 'vi' | 'en',
): Promise<ExperienceSession[]> {
  try {
    const answer = await storeRequest(
      tenant,
      `/store/hoaban/products/${encodeURIComponent(handle)}/sessions`,
      SessionsAnswer,
    )

    return answer.sessions.map((session) => ({
      id: session.id,
      startsAt: session.starts_at,
      endsAt: session.ends_at ?? null,
      seatsLeft: session.seats_left ?? session.remaining ?? null,
      language: session.language ?? null,
      meetingPoint:
        typeof session.meeting_point === 'string'
          ? session.meeting_point
          : (session.meeting_point?.[locale] ?? session.meeting_point?.vi ?? null),
      variantId: session.variant_id ?? null,
    }))
  } catch (error) {
    if (error instanceof StorefrontError && error.code === 'not_found') return []
    throw error
  }
}
