'use client'

import Link from 'next/link'
import { useActionState } from 'react'
import type { Locale } from '@/domain/types'
import {
  acceptInviteAction,
  forgotPasswordAction,
  resetPasswordAction,
  signInAction,
} from '@/portal/actions/auth-actions'
import { idleForm } from '@/portal/form-state'
import type { PortalMessages } from '@/portal/portal-messages'
import { Field, FormMessage } from './form-parts'

/** Email and password; wrong passwords and the wait after too many are said above the form. */
export function SignInForm({
  locale,
  t,
  next,
  forgotHref,
}: {
  locale: Locale
  t: PortalMessages
  next: string | null
  forgotHref: string
}) {
  const [state, action, pending] = useActionState(signInAction, idleForm)

  return (
    <form action={action} className="portal-form" data-testid="sign-in-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field
        name="email"
        type="email"
        label={t.signIn.email}
        autoComplete="username"
        inputMode="email"
        required
        defaultValue={state.values.email}
        error={state.fieldErrors.email}
      />
      <Field
        name="password"
        type="password"
        label={t.signIn.password}
        autoComplete="current-password"
        required
        error={state.fieldErrors.password}
      />
      <button type="submit" className="portal-button" disabled={pending} data-testid="sign-in">
        {t.signIn.submit}
      </button>
      <p>
        <Link href={forgotHref}>{t.signIn.forgot}</Link>
      </p>
    </form>
  )
}

/** Asks for a reset link; the answer never tells whether the address has an account. */
export function ForgotPasswordForm({ locale, t }: { locale: Locale; t: PortalMessages }) {
  const [state, action, pending] = useActionState(forgotPasswordAction, idleForm)

  return (
    <form action={action} className="portal-form" data-testid="forgot-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <Field
        name="email"
        type="email"
        label={t.forgot.email}
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state.values.email}
        error={state.fieldErrors.email}
      />
      <button type="submit" className="portal-button" disabled={pending} data-testid="send-link">
        {t.forgot.submit}
      </button>
    </form>
  )
}

/** A new password typed twice, for a reset link or an invite. */
export function NewPasswordForm({
  locale,
  t,
  purpose,
  hidden,
}: {
  locale: Locale
  t: PortalMessages
  purpose: 'reset' | 'invite'
  hidden: Record<string, string>
}) {
  const [state, action, pending] = useActionState(
    purpose === 'reset' ? resetPasswordAction : acceptInviteAction,
    idleForm,
  )
  const labels = purpose === 'reset' ? t.reset : t.invite

  return (
    <form action={action} className="portal-form" data-testid={`${purpose}-form`} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field
        name="password"
        type="password"
        label={labels.password}
        autoComplete="new-password"
        minLength={10}
        required
        error={state.fieldErrors.password}
      />
      <Field
        name="confirm"
        type="password"
        label={labels.confirm}
        autoComplete="new-password"
        required
        error={state.fieldErrors.confirm}
      />
      <button type="submit" className="portal-button" disabled={pending} data-testid="set-password">
        {labels.submit}
      </button>
    </form>
  )
}
