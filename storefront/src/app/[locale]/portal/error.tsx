'use client'

/** The portal's error boundary: commerce could not be reached; the member can retry. */
export default function PortalError({ reset }: { error: Error; reset: () => void }) {
  const english = typeof document !== 'undefined' && document.documentElement.lang === 'en'

  return (
    <div className="portal">
      <main id="main" className="portal-main">
        <div className="portal-notice portal-notice--error" role="alert" data-testid="portal-error">
          <strong>{english ? 'Temporarily unavailable' : 'Tạm thời không khả dụng'}</strong>
          <p>
            <button type="button" className="portal-button" onClick={reset}>
              {english ? 'Try again' : 'Thử lại'}
            </button>
          </p>
        </div>
      </main>
    </div>
  )
}
