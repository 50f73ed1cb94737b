import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react'
import type { FormState } from '@/portal/form-state'

/** Shared look of a labelled field: label, control, hint and the error beside it. */
function FieldFrame({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string
  label: string
  hint?: ReactNode
  error?: string
  children: ReactNode
}) {
  return (
    <div className={`portal-field${error ? ' portal-field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p className="portal-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="portal-error" id={`${id}-error`} data-testid={`error-${id}`}>
          {error}
        </p>
      ) : null}
    </div>
  )
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean)

  return ids.length > 0 ? ids.join(' ') : undefined
}

/** A labelled input whose error (from the server action) is announced with it. */
export function Field({
  name,
  label,
  hint,
  error,
  multiline = false,
  id: givenId,
  ...input
}: {
  name: string
  label: string
  hint?: ReactNode
  error?: string
  multiline?: boolean
} & InputHTMLAttributes<HTMLInputElement>) {
  const id = givenId ?? name
  const aria = {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
  }

  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {multiline ? (
        <textarea
          id={id}
          name={name}
          rows={5}
          defaultValue={input.defaultValue}
          required={input.required}
          maxLength={input.maxLength}
          {...aria}
        />
      ) : (
        <input id={id} name={name} {...input} {...aria} />
      )}
    </FieldFrame>
  )
}

/** A labelled select with its error. */
export function SelectField({
  name,
  label,
  error,
  options,
  placeholder,
  id: givenId,
  ...select
}: {
  name: string
  label: string
  error?: string
  options: { value: string; label: string }[]
  placeholder?: string
} & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = givenId ?? name

  return (
    <FieldFrame id={id} label={label} error={error}>
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, null, error)}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  )
}

/** The message above a form after a submit: an error alert, or a polite confirmation. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null

  return state.status === 'error' ? (
    <p className="portal-notice portal-notice--error" role="alert" data-testid="form-error">
      {state.message}
    </p>
  ) : (
    <p className="portal-notice portal-notice--ok" role="status" data-testid="form-done">
      {state.message}
    </p>
  )
}

/** A notice from the page's address (after a redirect): ok or error. */
export function PageNotice({ text, kind = 'ok' }: { text: string | null; kind?: 'ok' | 'error' }) {
  if (!text) return null

  return (
    <p
      className={`portal-notice portal-notice--${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      data-testid="page-notice"
    >
      {text}
    </p>
  )
}
