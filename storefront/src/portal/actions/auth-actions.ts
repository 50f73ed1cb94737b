'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import {
  acceptInvite,
  requestPasswordReset,
  resetPassword,
  signInMember,
  signOutMember,
} from '@/clients/vendor/member-auth'
import { VendorApiError } from '@/clients/vendor/vendor-request'
import { fill } from '@/i18n/messages'
import { logger } from '@/lib/logger'
import { actionTenant, formLocale } from '../action-session'
import { type FormState, formValues, invalidForm, refusedForm, waitText } from '../form-state'
import { signInPath } from '../portal-context'
import { portalMessages, type PortalMessages } from '../portal-messages'
import { isPortalPath, portalPath } from '../portal-paths'
import { clearSessionToken, readSessionToken, writeSessionToken } from '../session-cookie'

/** Commerce asks invited members for at least this many characters. */
const MIN_PASSWORD = 10

function passwordPair(t: PortalMessages) {
  return z
    .object({
      password: z.string().min(MIN_PASSWORD, fill(t.form.minLength, { n: MIN_PASSWORD })),
      confirm: z.string(),
    })
    .refine((pair) => pair.password === pair.confirm, {
      message: t.reset.mismatch,
      path: ['confirm'],
    })
}

/** Signs a member in and goes to the page they asked for, or the first screen. */
export async function signInAction(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = formLocale(form)
  const t = portalMessages(locale)
  const values = formValues(form)
  delete values.password
  const parsed = z
    .object({
      email: z.email(t.form.email),
      password: z.string().min(1, t.form.required),
    })
    .safeParse({ email: String(form.get('email') ?? '').trim(), password: form.get('password') })
  if (!parsed.success) return invalidForm(parsed.error, values, t)
  const tenant = await actionTenant()

  let token: string
  try {
    const forwarded = (await headers()).get('x-forwarded-for')
    const clientIp = forwarded?.split(',')[0]?.trim() || null
    token = await signInMember(parsed.data.email, parsed.data.password, clientIp)
  } catch (error) {
    if (error instanceof VendorApiError && error.upstreamStatus === 429) {
      const wait = waitText(error.retryAfterSeconds ?? 60, t)

      return { status: 'error', message: fill(t.signIn.tooMany, { wait }), fieldErrors: {}, values }
    }
    if (error instanceof VendorApiError && [400, 401].includes(error.upstreamStatus)) {
      return { status: 'error', message: t.signIn.wrong, fieldErrors: {}, values }
    }

    return refusedForm(error, values, t)
  }
  await writeSessionToken(tenant.slug, token)
  logger.info({ tenant: tenant.slug }, 'portal sign-in')
  const next = values.next ?? ''

  redirect(isPortalPath(next) && !next.includes('//') ? next : portalPath(locale))
}

/** Asks for a reset link; says the same whether or not the address has an account. */
export async function forgotPasswordAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const locale = formLocale(form)
  const t = portalMessages(locale)
  const values = formValues(form)
  const parsed = z.object({ email: z.email(t.form.email) }).safeParse({
    email: String(form.get('email') ?? '').trim(),
  })
  if (!parsed.success) return invalidForm(parsed.error, values, t)
  try {
    await requestPasswordReset(parsed.data.email)
  } catch (error) {
    // Only an unreachable commerce is worth telling; a refusal must read like a success.
    if (error instanceof VendorApiError && error.upstreamStatus > 0 && error.upstreamStatus < 500) {
      return { status: 'done', message: t.forgot.sent, fieldErrors: {}, values: {} }
    }

    return refusedForm(error, values, t)
  }

  return { status: 'done', message: t.forgot.sent, fieldErrors: {}, values: {} }
}

/** Sets the new password from a reset link, then asks the member to sign in with it. */
export async function resetPasswordAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const locale = formLocale(form)
  const t = portalMessages(locale)
  const values = { token: String(form.get('token') ?? ''), email: String(form.get('email') ?? '') }
  const parsed = passwordPair(t).safeParse({
    password: form.get('password'),
    confirm: form.get('confirm'),
  })
  if (!parsed.success) return invalidForm(parsed.error, values, t)
  if (!values.token || !values.email) {
    return { status: 'error', message: t.reset.badLink, fieldErrors: {}, values }
  }
  try {
    await resetPassword(values.token, values.email, parsed.data.password)
  } catch (error) {
    if (error instanceof VendorApiError && [400, 401, 404].includes(error.upstreamStatus)) {
      return { status: 'error', message: t.reset.badLink, fieldErrors: {}, values }
    }

    return refusedForm(error, values, t)
  }

  redirect(signInPath(locale, 'password-changed'))
}

/** Accepts an invite with a password and signs the new member in. */
export async function acceptInviteAction(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = formLocale(form)
  const t = portalMessages(locale)
  const values = { token: String(form.get('token') ?? '') }
  const parsed = passwordPair(t).safeParse({
    password: form.get('password'),
    confirm: form.get('confirm'),
  })
  if (!parsed.success) return invalidForm(parsed.error, values, t)
  const tenant = await actionTenant()
  let token: string
  try {
    token = await acceptInvite(values.token, parsed.data.password)
  } catch (error) {
    if (error instanceof VendorApiError && error.field === 'password') {
      return refusedForm(error, values, t)
    }
    if (error instanceof VendorApiError && [400, 404].includes(error.upstreamStatus)) {
      return { status: 'error', message: t.invite.invalid, fieldErrors: {}, values }
    }

    return refusedForm(error, values, t)
  }
  await writeSessionToken(tenant.slug, token)
  logger.info({ tenant: tenant.slug }, 'portal invite accepted')

  redirect(portalPath(locale))
}

/** Signs out: commerce ends the token (copies included), then the cookie goes. */
export async function signOutAction(form: FormData): Promise<void> {
  const locale = formLocale(form)
  const tenant = await actionTenant()
  const token = await readSessionToken(tenant.slug)
  if (token) {
    // An expired or already ended token cannot be ended again; the cookie goes regardless.
    await signOutMember(token).catch((error: unknown) =>
      logger.info({ tenant: tenant.slug, err: error }, 'portal sign-out: token not ended'),
    )
  }
  await clearSessionToken(tenant.slug)

  redirect(signInPath(locale, 'signed-out'))
}
