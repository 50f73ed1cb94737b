import type { ZodError } from 'zod'
import { VendorApiError } from '@/clients/vendor/vendor-request'
import { fill } from '@/i18n/messages'
import type { PortalMessages } from './portal-messages'

/** What a portal form shows after a submit: a message, errors beside fields, typed values. */
export interface FormState {
  status: 'idle' | 'error' | 'done'
  message: string | null
  fieldErrors: Record<string, string>
  values: Record<string, string>
}

/** A form before its first submit. */
export const idleForm: FormState = { status: 'idle', message: null, fieldErrors: {}, values: {} }

/** The text fields of a submitted form (files left out), to show again after an error. */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION')) continue
    // Several checkboxes of one name (weekdays) are kept comma-joined.
    values[key] = key in values ? `${values[key]},${value}` : value
  }

  return values
}

/** A form state with one error per field named by the schema's issues. */
export function invalidForm(
  error: ZodError,
  values: Record<string, string>,
  t: PortalMessages,
): FormState {
  const fieldErrors: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = issue.path.join('.')
    fieldErrors[field] ??= issue.message
  }

  return { status: 'error', message: t.form.fixErrors, fieldErrors, values }
}

/**
 * A form state for commerce's refusal: its message beside the field it names (a nested name
 * such as `certificate.stars` is shown beside `stars`), else above the form. Commerce down
 * becomes "temporarily unavailable". Anything else is not a refusal and is thrown again.
 */
export function refusedForm(
  error: unknown,
  values: Record<string, string>,
  t: PortalMessages,
): FormState {
  if (!(error instanceof VendorApiError)) throw error
  if (error.upstreamStatus === 0 || error.upstreamStatus >= 500) {
    return { status: 'error', message: t.form.unavailable, fieldErrors: {}, values }
  }
  const said = fill(t.form.commerceSays, { detail: error.detail || String(error.upstreamStatus) })
  if (error.field) {
    const field = error.field.split('.').pop() ?? error.field

    return { status: 'error', message: t.form.fixErrors, fieldErrors: { [field]: said }, values }
  }

  return { status: 'error', message: said, fieldErrors: {}, values }
}

/** Speaks a wait in seconds as seconds or whole minutes. */
export function waitText(seconds: number, t: PortalMessages): string {
  if (seconds < 90) return fill(t.wait.seconds, { n: Math.max(1, seconds) })

  return fill(t.wait.minutes, { n: Math.ceil(seconds / 60) })
}
