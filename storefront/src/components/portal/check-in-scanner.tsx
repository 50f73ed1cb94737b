'use client'

import Link from 'next/link'
import { useActionState, useEffect, useRef, useState } from 'react'
import type { Locale } from '@/domain/types'
import { fill } from '@/i18n/messages'
import { type CheckInState, checkInAction } from '@/portal/actions/session-actions'
import type { PortalMessages } from '@/portal/portal-messages'
import { portalPath } from '@/portal/portal-paths'
import type { CheckInOutcome } from '@/portal/types'

const initial: CheckInState = { outcome: null, code: '', message: null }

/** The same code seen again within this time is not sent twice. */
const REPEAT_MS = 4000

function outcomeText(outcome: CheckInOutcome, t: PortalMessages): string {
  switch (outcome.kind) {
    case 'checked_in':
      return fill(t.checkIn.checkedIn, { n: outcome.seats })
    case 'already_used':
      return t.checkIn.alreadyUsed
    case 'not_yours':
      return t.checkIn.notYours
    case 'cancelled':
      return t.checkIn.cancelled
    case 'invalid':
      return t.checkIn.invalid
  }
}

/**
 * Checks tickets in: the phone camera (getUserMedia) read frame by frame with jsQR, or a typed
 * code. A found code fills the field and submits the form, so both ways run the same action.
 */
export function CheckInScanner({ locale, t }: { locale: Locale; t: PortalMessages }) {
  const [state, action, pending] = useActionState(checkInAction, initial)
  const [camera, setCamera] = useState<'off' | 'starting' | 'on' | 'failed'>('off')
  const formRef = useRef<HTMLFormElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const videoRef = useRef<HTMLVideoElement>(null)
  const streamRef = useRef<MediaStream | null>(null)
  const lastRef = useRef<{ code: string; at: number }>({ code: '', at: 0 })

  function stop() {
    for (const track of streamRef.current?.getTracks() ?? []) track.stop()
    streamRef.current = null
    setCamera('off')
  }

  async function start() {
    if (!navigator.mediaDevices?.getUserMedia) {
      setCamera('failed')
      return
    }
    setCamera('starting')
    try {
      streamRef.current = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      })
      setCamera('on')
    } catch {
      setCamera('failed')
    }
  }

  useEffect(() => {
    if (camera !== 'on') return
    const video = videoRef.current
    const stream = streamRef.current
    if (!video || !stream) return
    video.srcObject = stream
    void video.play().catch(() => setCamera('failed'))
    const canvas = document.createElement('canvas')
    const context = canvas.getContext('2d', { willReadFrequently: true })
    let frame = 0
    let stopped = false

    void import('jsqr').then(({ default: jsQR }) => {
      const scan = () => {
        if (stopped) return
        if (context && video.readyState >= video.HAVE_ENOUGH_DATA && video.videoWidth > 0) {
          // Reading a smaller copy is enough for a ticket held up to the phone, and faster.
          const scale = Math.min(1, 640 / video.videoWidth)
          canvas.width = Math.round(video.videoWidth * scale)
          canvas.height = Math.round(video.videoHeight * scale)
          context.drawImage(video, 0, 0, canvas.width, canvas.height)
          const image = context.getImageData(0, 0, canvas.width, canvas.height)
          const found = jsQR(image.data, image.width, image.height, {
            inversionAttempts: 'dontInvert',
          })
          const now = Date.now()
          const last = lastRef.current
          if (found?.data && (found.data !== last.code || now - last.at > REPEAT_MS)) {
            lastRef.current = { code: found.data, at: now }
            if (inputRef.current) inputRef.current.value = found.data
            formRef.current?.requestSubmit()
          }
        }
        frame = requestAnimationFrame(scan)
      }
      scan()
    })

    return () => {
      stopped = true
      cancelAnimationFrame(frame)
    }
  }, [camera])

  // The camera goes off when the member leaves the page.
  useEffect(() => () => stop(), [])

  const outcome = state.outcome

  return (
    <div className="portal-check-in">
      <div className="portal-camera">
        {camera === 'on' || camera === 'starting' ? (
          <>
            <video ref={videoRef} muted playsInline aria-label={t.checkIn.scanning} />
            <p className="portal-muted" role="status">
              {t.checkIn.scanning}
            </p>
            <button type="button" className="portal-button portal-button--secondary" onClick={stop}>
              {t.checkIn.stopCamera}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="portal-button"
            onClick={() => void start()}
            data-testid="start-camera"
          >
            {t.checkIn.startCamera}
          </button>
        )}
        {camera === 'failed' ? (
          <p className="portal-notice portal-notice--error" role="alert">
            {t.checkIn.cameraUnavailable}
          </p>
        ) : null}
      </div>

      <form ref={formRef} action={action} className="portal-form" data-testid="check-in-form">
        <input type="hidden" name="locale" value={locale} />
        <div className="portal-field">
          <label htmlFor="code">{t.checkIn.code}</label>
          <input
            ref={inputRef}
            id="code"
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            defaultValue={state.code}
          />
        </div>
        <button type="submit" className="portal-button" disabled={pending} data-testid="check-in">
          {t.checkIn.submit}
        </button>
      </form>

      <div aria-live="assertive" aria-atomic="true">
        {outcome ? (
          <div
            className={`portal-outcome portal-outcome--${outcome.kind}`}
            data-testid="check-in-result"
            data-outcome={outcome.kind}
          >
            <p>{outcomeText(outcome, t)}</p>
            {outcome.kind === 'checked_in' ? (
              <Link href={portalPath(locale, `/sessions/${outcome.sessionId}`)}>
                {t.checkIn.viewSession}
              </Link>
            ) : null}
          </div>
        ) : null}
        {state.message ? (
          <p className="portal-notice portal-notice--error" role="alert">
            {state.message}
          </p>
        ) : null}
      </div>
    </div>
  )
}
