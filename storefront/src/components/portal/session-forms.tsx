'use client'

import { useActionState, useState } from 'react'
import type { Locale } from '@/domain/types'
import {
  cancelSessionAction,
  createSessionsAction,
  moveSessionAction,
} from '@/portal/actions/session-actions'
import { idleForm } from '@/portal/form-state'
import type { PortalMessages } from '@/portal/portal-messages'
import type { PortalExperience, PortalSession } from '@/portal/types'
import { Field, FormMessage, SelectField } from './form-parts'

type Common = { locale: Locale; t: PortalMessages }

/** One session on a date, or every session of a weekly rule between two dates. */
export function NewSessionsForm({
  locale,
  t,
  experiences,
  today,
}: Common & { experiences: PortalExperience[]; today: string }) {
  const [state, action, pending] = useActionState(createSessionsAction, idleForm)
  const [mode, setMode] = useState(state.values.mode === 'weekly' ? 'weekly' : 'one')
  const s = t.sessions
  const value = (name: string, fallback: string) => state.values[name] ?? fallback
  const chosenDays = (state.values.weekdays ?? '').split(',')

  return (
    <form action={action} className="portal-form" data-testid="new-sessions-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <SelectField
        name="product_id"
        label={s.experience}
        defaultValue={value('product_id', experiences[0]?.id ?? '')}
        options={experiences.map((experience) => ({
          value: experience.id,
          label: experience.title,
        }))}
        error={state.fieldErrors.product_id}
      />
      <fieldset className="portal-choice">
        <legend>{s.view}</legend>
        {(['one', 'weekly'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="mode"
              value={option}
              checked={mode === option}
              onChange={() => setMode(option)}
              data-testid={`mode-${option}`}
            />{' '}
            {option === 'one' ? s.one : s.weekly}
          </label>
        ))}
      </fieldset>
      {mode === 'one' ? (
        <Field
          name="date"
          type="date"
          label={s.date}
          min={today}
          defaultValue={value('date', '')}
          error={state.fieldErrors.date}
        />
      ) : (
        <>
          <fieldset className="portal-choice" aria-describedby="weekdays-error">
            <legend>{s.weekdays}</legend>
            {/* Monday first; the values are JavaScript weekdays (0 = Sunday), as commerce takes. */}
            {[1, 2, 3, 4, 5, 6, 0].map((day) => (
              <label key={day}>
                <input
                  type="checkbox"
                  name="weekdays"
                  value={day}
                  defaultChecked={chosenDays.includes(String(day))}
                />{' '}
                {s.weekdayNames[day]}
              </label>
            ))}
            {state.fieldErrors.weekdays ? (
              <p className="portal-error" id="weekdays-error">
                {state.fieldErrors.weekdays}
              </p>
            ) : null}
          </fieldset>
          <Field
            name="from"
            type="date"
            label={s.from}
            min={today}
            defaultValue={value('from', '')}
            error={state.fieldErrors.from}
          />
          <Field
            name="to"
            type="date"
            label={s.to}
            min={today}
            defaultValue={value('to', '')}
            error={state.fieldErrors.to}
          />
        </>
      )}
      <Field
        name="time"
        type="time"
        label={s.time}
        defaultValue={value('time', '08:00')}
        error={state.fieldErrors.time}
      />
      <Field
        name="duration"
        type="number"
        inputMode="numeric"
        label={s.duration}
        min={15}
        step={15}
        defaultValue={value('duration', '120')}
        error={state.fieldErrors.duration}
      />
      <Field
        name="capacity"
        type="number"
        inputMode="numeric"
        label={s.capacity}
        min={1}
        defaultValue={value('capacity', '10')}
        error={state.fieldErrors.capacity}
      />
      <SelectField
        name="language"
        label={s.language}
        defaultValue={value('language', 'vi')}
        options={[
          { value: 'vi', label: 'Tiếng Việt' },
          { value: 'en', label: 'English' },
        ]}
      />
      <Field
        name="meeting_point"
        label={s.meetingPoint}
        maxLength={300}
        defaultValue={value('meeting_point', '')}
        error={state.fieldErrors.meeting_point}
      />
      <button
        type="submit"
        className="portal-button"
        disabled={pending}
        data-testid="create-sessions"
      >
        {mode === 'one' ? s.createOne : s.createRule}
      </button>
    </form>
  )
}

/** Moves a session to a new Vietnam date and time. */
export function MoveSessionForm({ locale, t, session }: Common & { session: PortalSession }) {
  const [state, action, pending] = useActionState(moveSessionAction, idleForm)
  const minutes = Math.round((Date.parse(session.endsAt) - Date.parse(session.startsAt)) / 60_000)

  return (
    <form action={action} className="portal-form" data-testid="move-session-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={session.id} />
      <input type="hidden" name="duration" value={String(minutes)} />
      <Field
        name="date"
        id="move-date"
        type="date"
        label={t.sessions.date}
        defaultValue={state.values.date ?? session.localDate}
        error={state.fieldErrors.date}
      />
      <Field
        name="time"
        id="move-time"
        type="time"
        label={t.sessions.time}
        defaultValue={state.values.time ?? session.localTime}
        error={state.fieldErrors.time}
      />
      <button type="submit" className="portal-button" disabled={pending} data-testid="move-session">
        {t.sessions.moveSubmit}
      </button>
    </form>
  )
}

/** Cancels a session after an explicit confirmation. */
export function CancelSessionForm({ locale, t, session }: Common & { session: PortalSession }) {
  const [state, action, pending] = useActionState(cancelSessionAction, idleForm)

  return (
    <form action={action} className="portal-form" data-testid="cancel-session-form" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={session.id} />
      <div className={`portal-field${state.fieldErrors.confirm ? ' portal-field--error' : ''}`}>
        <label>
          <input type="checkbox" name="confirm" value="yes" data-testid="confirm-cancel" />{' '}
          {t.sessions.cancelConfirm}
        </label>
        {state.fieldErrors.confirm ? (
          <p className="portal-error">{state.fieldErrors.confirm}</p>
        ) : null}
      </div>
      <button
        type="submit"
        className="portal-button portal-button--danger"
        disabled={pending}
        data-testid="cancel-session"
      >
        {t.sessions.cancelSubmit}
      </button>
    </form>
  )
}
