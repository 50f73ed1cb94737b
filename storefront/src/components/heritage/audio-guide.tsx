'use client'

import { useEffect, useRef, useState } from 'react'
import type { AudioGuide as AudioGuideData, Locale } from '@/domain/types'

/**
 * The audio guide with its WebVTT captions. Browsers do not draw captions for <audio>, so the
 * current cue is shown as text beside the player.
 */
export function AudioGuide({
  guide,
  locale,
  captionsLabel,
}: {
  guide: AudioGuideData
  locale: Locale
  captionsLabel: string
}) {
  const audio = useRef<HTMLAudioElement>(null)
  const [cue, setCue] = useState('')

  useEffect(() => {
    const track = audio.current?.textTracks[0]
    if (!track) return
    track.mode = 'hidden'
    const onChange = () => {
      const active = track.activeCues?.[0] as VTTCue | undefined
      setCue(active?.text ?? '')
    }
    track.addEventListener('cuechange', onChange)

    return () => track.removeEventListener('cuechange', onChange)
  }, [])

  return (
    <div className="audio-guide">
      <audio ref={audio} controls preload="none" src={guide.url} aria-label={guide.title}>
        {guide.captionsUrl ? (
          <track
            kind="captions"
            src={guide.captionsUrl}
            srcLang={locale}
            label={captionsLabel}
            default
          />
        ) : null}
      </audio>
      {guide.captionsUrl ? (
        <p className="audio-guide__caption" aria-live="polite" data-testid="audio-caption">
          {cue}
        </p>
      ) : null}
    </div>
  )
}
