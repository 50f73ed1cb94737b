import { mapGuests, mapSession } from './map-vendor'
import {
  CreatedAnswer,
  VendorCheckIn,
  VendorExperienceList,
  VendorGuestList,
  VendorSessionAnswer,
  VendorSessionList,
} from './schemas'
import { VendorApiError, vendorRequest } from './vendor-request'
import type { CheckInOutcome, PortalExperience, PortalGuest, PortalSession } from '@/portal/types'

/** Fields shared by one session and a weekly rule. */
interface SessionCommon {
  capacity: number
  language?: string
  meeting_point?: string
}

/** One session (UTC instants) or every session of a weekly rule (Vietnam dates and time). */
export type NewSessionsInput =
  | (SessionCommon & { starts_at: string; ends_at: string })
  | (SessionCommon & {
      rule: {
        weekdays: number[]
        time: string
        durationMinutes: number
        from: string
        to: string
      }
    })

/** The cooperative's experience products. */
export async function listExperiences(token: string): Promise<PortalExperience[]> {
  return (await vendorRequest('/vendor/experiences', VendorExperienceList, { token })).experiences
}

/** Sessions between two Vietnam dates, both included. */
export async function listSessions(
  token: string,
  range: { from: string; to: string },
): Promise<PortalSession[]> {
  const answer = await vendorRequest('/vendor/sessions', VendorSessionList, {
    token,
    query: range,
  })

  return answer.sessions.map(mapSession)
}

/** Creates sessions of an experience; the answer is how many were made. */
export async function createSessions(
  token: string,
  productId: string,
  input: NewSessionsInput,
): Promise<number> {
  const answer = await vendorRequest(
    `/vendor/products/${encodeURIComponent(productId)}/sessions`,
    CreatedAnswer,
    { token, method: 'POST', body: input },
  )

  return answer.created
}

/** Moves a session or cancels it; booked guests are told by commerce. */
export async function updateSession(
  token: string,
  id: string,
  input: { starts_at?: string; ends_at?: string; status?: 'cancelled' },
): Promise<PortalSession> {
  const answer = await vendorRequest(
    `/vendor/sessions/${encodeURIComponent(id)}`,
    VendorSessionAnswer,
    { token, method: 'POST', body: input },
  )

  return mapSession(answer.session)
}

/** A session with its guests (404 when it is another cooperative's). */
export async function listGuests(
  token: string,
  id: string,
): Promise<{ session: PortalSession; guests: PortalGuest[] }> {
  return mapGuests(
    await vendorRequest(`/vendor/sessions/${encodeURIComponent(id)}/guests`, VendorGuestList, {
      token,
    }),
  )
}

/**
 * Checks a ticket in. Commerce's refusals become outcomes the check-in page names; anything
 * else (a refused token, commerce down) is thrown.
 */
export async function checkInTicket(token: string, code: string): Promise<CheckInOutcome> {
  try {
    const answer = await vendorRequest('/vendor/check-ins', VendorCheckIn, {
      token,
      method: 'POST',
      body: { code },
    })

    return { kind: 'checked_in', seats: answer.seats, sessionId: answer.session_id }
  } catch (error) {
    if (!(error instanceof VendorApiError) || error.field !== 'code') throw error
    if (/already used/i.test(error.detail)) return { kind: 'already_used' }
    if (/not a ticket of yours/i.test(error.detail)) return { kind: 'not_yours' }
    if (/cancel/i.test(error.detail)) return { kind: 'cancelled' }

    return { kind: 'invalid' }
  }
}
