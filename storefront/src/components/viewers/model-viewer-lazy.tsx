'use client'

import dynamic from 'next/dynamic'
import { useState } from 'react'
import type { HeritageModel } from '@/domain/types'

const ModelViewer = dynamic(() => import('./model-viewer'), { ssr: false })

interface ModelViewerLazyProps {
  model: HeritageModel
  labels: { open: string; loading: string; noWebgl: string; annotations: string }
}

function hasWebgl(): boolean {
  try {
    const canvas = document.createElement('canvas')

    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'))
  } catch {
    return false
  }
}

/**
 * The 3D model: its poster first; three.js and the model load only when the visitor opens it,
 * the light phone derivative on small screens, and a still image where WebGL is missing.
 */
export function ModelViewerLazy({ model, labels }: ModelViewerLazyProps) {
  const [state, setState] = useState<'poster' | 'open' | 'no-webgl'>('poster')
  const [url, setUrl] = useState(model.url)

  function open() {
    if (!hasWebgl()) {
      setState('no-webgl')
      return
    }
    const small = window.matchMedia('(max-width: 48rem)').matches
    setUrl(small && model.phoneUrl ? model.phoneUrl : model.url)
    setState('open')
  }

  if (state === 'open') {
    return (
      <div className="viewer">
        <ModelViewer url={url} annotations={model.annotations} labels={labels} />
      </div>
    )
  }

  return (
    <div className="viewer" data-testid="model-section">
      {state === 'no-webgl' ? (
        <figure className="viewer__still">
          {model.poster ? (
            <img
              src={model.poster.url}
              alt={model.poster.alt}
              width={model.poster.width ?? 1024}
              height={model.poster.height ?? 768}
            />
          ) : null}
          <figcaption role="status">{labels.noWebgl}</figcaption>
        </figure>
      ) : (
        <button type="button" className="viewer__poster" onClick={open} data-testid="open-model">
          {model.poster ? (
            <img
              src={model.poster.url}
              alt=""
              width={model.poster.width ?? 1024}
              height={model.poster.height ?? 768}
              loading="lazy"
              decoding="async"
            />
          ) : null}
          <span className="viewer__cta">{labels.open}</span>
        </button>
      )}
    </div>
  )
}
