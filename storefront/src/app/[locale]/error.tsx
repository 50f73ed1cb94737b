'use client'

/** Last-resort error boundary: the page still shows the layout and a way to retry. */
export default function PageError({ reset }: { error: Error; reset: () => void }) {
  const english = typeof document !== 'undefined' && document.documentElement.lang === 'en'

  return (
    <div className="notice notice--unavailable" role="alert">
      <strong>{english ? 'Temporarily unavailable' : 'Tạm thời không khả dụng'}</strong>
      <p>
        <button type="button" onClick={reset}>
          {english ? 'Try again' : 'Thử lại'}
        </button>
      </p>
    </div>
  )
}
