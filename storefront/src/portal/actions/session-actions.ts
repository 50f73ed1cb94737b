'use server'

import { refresh } from 'next/cache'
import { redirect, unstable_rethrow } from 'next/navigation'
import { z } from 'zod'
import { checkInTicket, createSessions, updateSession } from '@/clients/vendor/sessions'
import { fill } from '@/i18n/messages'
import { logger } from '@/lib/logger'
import type { CheckInOutcome } from '@/portal/types'
import { actionSession, withToken } from '../action-session'
import { type FormState, formValues, invalidForm, refusedForm } from '../form-state'
import type { PortalMessages } from '../portal-messages'
import { portalPath } from '../portal-paths'

/** The UTC instant (ISO) of a Vietnam wall-clock date and time; Vietnam keeps UTC+7. */
function vietnamInstant(date: string, time: string): string {
  return new Date(`${date}T${time}:00+07:00`).toISOString()
}

function sessionFields(t: PortalMessages) {
  return {
    capacity: z
      .string(t.form.required)
      .regex(/^\d+$/, t.form.integer)
      .transform(Number)
      .pipe(
        z
          .number()
          .min(1, fill(t.form.atLeast, { n: 1 }))
          .max(1000, fill(t.form.atMost, { n: 1000 })),
      ),
    duration: z
      .string(t.form.required)
      .regex(/^\d+$/, t.form.integer)
      .transform(Number)
      .pipe(
        z
          .number()
          .min(15, fill(t.form.atLeast, { n: 15 }))
          .max(10080, fill(t.form.atMost, { n: 10080 })),
      ),
    time: z.string(t.form.time).regex(/^([01]\d|2[0-3]):[0-5]\d$/, t.form.time),
    language: z.enum(['vi', 'en']).catch('vi'),
    meeting_point: z
      .string()
      .trim()
      .max(300, fill(t.form.atMost, { n: 300 }))
      .optional()
      .transform((value) => value || undefined),
  }
}

/** Creates one session, or every session of a weekly rule, for one of the experiences. */
export async function createSessionsAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await actionSession(form)
  const { t } = session
  const values = formValues(form)
  const fields = sessionFields(t)
  const base = z.object({
    product_id: z.string().min(1, t.form.required),
    mode: z.enum(['one', 'weekly']),
    capacity: fields.capacity,
    duration: fields.duration,
    time: fields.time,
    language: fields.language,
    meeting_point: fields.meeting_point,
  })
  const parsed = base.safeParse(values)
  if (!parsed.success) return invalidForm(parsed.error, values, t)
  const { product_id: productId, mode, duration, time, ...common } = parsed.data

  let body: Parameters<typeof createSessions>[2]
  if (mode === 'one') {
    const one = z.object({ date: z.iso.date(t.form.date) }).safeParse(values)
    if (!one.success) return invalidForm(one.error, values, t)
    const startsAt = vietnamInstant(one.data.date, time)
    const endsAt = new Date(Date.parse(startsAt) + duration * 60_000).toISOString()
    body = { ...common, starts_at: startsAt, ends_at: endsAt }
  } else {
    const rule = z
      .object({
        weekdays: z.array(z.coerce.number().int().min(0).max(6)).min(1, t.form.required),
        from: z.iso.date(t.form.date),
        to: z.iso.date(t.form.date),
      })
      .refine((range) => range.from <= range.to, { message: t.form.invalid, path: ['to'] })
      .safeParse({ weekdays: form.getAll('weekdays'), from: values.from, to: values.to })
    if (!rule.success) return invalidForm(rule.error, values, t)
    body = { ...common, rule: { ...rule.data, time, durationMinutes: duration } }
  }

  let created: number
  try {
    created = await withToken(session, () => createSessions(session.token, productId, body))
  } catch (error) {
    return refusedForm(error, values, t)
  }
  logger.info({ product: productId, created }, 'portal sessions created')
  const anchor = 'starts_at' in body ? body.starts_at.slice(0, 10) : body.rule.from

  redirect(`${portalPath(session.locale, '/experiences')}?date=${anchor}&notice=created-${created}`)
}

/** Moves a session to a new Vietnam date and time, keeping its length. */
export async function moveSessionAction(_previous: FormState, form: FormData): Promise<FormState> {
  const session = await actionSession(form)
  const { t } = session
  const values = formValues(form)
  const parsed = z
    .object({
      id: z.string().min(1),
      date: z.iso.date(t.form.date),
      time: sessionFields(t).time,
      duration: sessionFields(t).duration,
    })
    .safeParse(values)
  if (!parsed.success) return invalidForm(parsed.error, values, t)
  const startsAt = vietnamInstant(parsed.data.date, parsed.data.time)
  const endsAt = new Date(Date.parse(startsAt) + parsed.data.duration * 60_000).toISOString()
  try {
    await withToken(session, () =>
      updateSession(session.token, parsed.data.id, { starts_at: startsAt, ends_at: endsAt }),
    )
  } catch (error) {
    return refusedForm(error, values, t)
  }
  refresh()

  return { status: 'done', message: t.sessions.moved, fieldErrors: {}, values }
}

/** Cancels a session once the member has ticked the confirmation. */
export async function cancelSessionAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await actionSession(form)
  const { t } = session
  const values = formValues(form)
  if (values.confirm !== 'yes') {
    return {
      status: 'error',
      message: t.form.fixErrors,
      fieldErrors: { confirm: t.form.required },
      values,
    }
  }
  try {
    await withToken(session, () =>
      updateSession(session.token, values.id ?? '', { status: 'cancelled' }),
    )
  } catch (error) {
    return refusedForm(error, values, t)
  }
  logger.info({ session: values.id }, 'portal session cancelled')

  // The cancelled session's page no longer has this form; it says so at the top instead.
  redirect(`${portalPath(session.locale, `/sessions/${values.id ?? ''}`)}?notice=cancelled`)
}

/** What the check-in form shows: the last outcome and the code it was for. */
export interface CheckInState {
  outcome: CheckInOutcome | null
  code: string
  message: string | null
}

/** Checks a scanned or typed ticket code in. */
export async function checkInAction(
  _previous: CheckInState,
  form: FormData,
): Promise<CheckInState> {
  const session = await actionSession(form)
  const code = String(form.get('code') ?? '').trim()
  if (!code) return { outcome: { kind: 'invalid' }, code, message: null }
  try {
    const outcome = await withToken(session, () => checkInTicket(session.token, code))
    logger.info({ outcome: outcome.kind }, 'portal check-in')

    return { outcome, code, message: null }
  } catch (error) {
    unstable_rethrow(error)
    logger.warn({ err: error }, 'portal check-in failed')

    return { outcome: null, code, message: session.t.form.unavailable }
  }
}
